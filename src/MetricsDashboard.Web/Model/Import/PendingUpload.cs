namespace MetricsDashboard.Web.Model.Import;

/// <summary>A chosen file, spooled to disk, waiting for the import to start.</summary>
/// <param name="FileName">The file's name as the browser gave it (its document identity).</param>
/// <param name="SpoolPath">Where its bytes wait (read within the size limit); deleted by <see cref="UploadSpool"/>.</param>
/// <param name="Length">Its size in bytes.</param>
public sealed record PendingUpload(string FileName, string SpoolPath, long Length);
