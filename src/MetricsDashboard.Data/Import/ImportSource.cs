namespace MetricsDashboard.Data.Import;

/// <summary>A file to import: its name, a way to read its bytes and optional metadata.</summary>
/// <param name="FileName">The name stored as the document's file name (and the <c>doc</c> field of its indicators).</param>
/// <param name="OpenRead">Opens the content; called once, the stream is disposed by the importer.</param>
/// <param name="Metadata">Publication date, source, title, URL when known.</param>
public sealed record ImportSource(string FileName, Func<Stream> OpenRead, ImportMetadata? Metadata = null)
{
    /// <summary>A source over bytes already in memory (uploads, tests).</summary>
    public static ImportSource FromBytes(string fileName, byte[] content, ImportMetadata? metadata = null) =>
        new(fileName, () => new MemoryStream(content, writable: false), metadata);

    /// <summary>A source over a file on disk.</summary>
    public static ImportSource FromFile(string path, ImportMetadata? metadata = null) =>
        new(Path.GetFileName(path), () => File.OpenRead(path), metadata);
}
