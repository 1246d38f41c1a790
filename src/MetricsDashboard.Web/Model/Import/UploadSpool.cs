using Microsoft.AspNetCore.Components.Forms;

namespace MetricsDashboard.Web.Model.Import;

/// <summary>
/// Chosen uploads wait in temporary files, not in memory: a batch of ten 19 MB files held as byte
/// arrays kept ~200 MB per open page alive until the import ran (and the importer then read them
/// one at a time anyway). One folder per page, removed when the page goes away.
/// </summary>
public sealed class UploadSpool : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "metricsdashboard-uploads", Guid.NewGuid().ToString("N"));

    /// <summary>Copies the browser's stream to a new temporary file, in chunks, within <paramref name="maxBytes"/>.</summary>
    public async Task<PendingUpload> SpoolAsync(IBrowserFile file, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        try
        {
            await using (var source = file.OpenReadStream(maxBytes, ct))
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await source.CopyToAsync(target, 81920, ct);
            }
            return new PendingUpload(file.Name, path, new FileInfo(path).Length);
        }
        catch
        {
            Delete(path);
            throw;
        }
    }

    /// <summary>Deletes one spooled file (removed from the list, or imported).</summary>
    public static void Release(PendingUpload upload) => Delete(upload.SpoolPath);

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still open by an import that is finishing: the OS cleans the temp folder.
        }
    }

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // As above: left to the temp folder's cleanup.
        }
    }
}
