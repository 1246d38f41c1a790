namespace MetricsDashboard.Data.Import;

/// <summary>
/// The name a document is stored and recognised under. A file from a folder import is known by its
/// path relative to the folder (<c>a/x.txt</c> and <c>b/x.txt</c> are two documents, never one
/// replacing the other); a single file or an upload by its own name.
/// </summary>
public static class DocumentIdentity
{
    /// <summary>The identity of <paramref name="path"/>, found by importing <paramref name="importRoot"/> (a folder, or the file itself).</summary>
    public static string ForImportedPath(string importRoot, string path)
    {
        if (!Directory.Exists(importRoot))
        {
            return Path.GetFileName(path);
        }
        var relative = Path.GetRelativePath(importRoot, path);
        // One spelling on every OS, so that a database moved between machines still recognises its files.
        return relative.Replace(Path.DirectorySeparatorChar, '/').Replace(Path.AltDirectorySeparatorChar, '/');
    }

    /// <summary>
    /// Whether a file found in a folder is offered to the importer. Hidden files such as
    /// <c>.DS_Store</c> or <c>.gitkeep</c> are not; a hidden name with a supported extension
    /// (<c>..txt</c>, <c>.notes.md</c>) is, so that it is imported or reported rather than silently skipped.
    /// </summary>
    public static bool IsImportCandidate(string path)
    {
        var name = Path.GetFileName(path);
        return !SidecarMetadata.IsSidecar(path)
            && (!name.StartsWith('.') || ImportFileReader.IsSupported(name));
    }
}
