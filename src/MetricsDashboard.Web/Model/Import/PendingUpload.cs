namespace MetricsDashboard.Web.Model.Import;

/// <summary>A chosen file, already read, waiting for the import to start.</summary>
/// <param name="FileName">The file's name as the browser gave it.</param>
/// <param name="Content">Its bytes (read within the size limit).</param>
public sealed record PendingUpload(string FileName, byte[] Content);
