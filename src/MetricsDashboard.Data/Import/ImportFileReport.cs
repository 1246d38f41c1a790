namespace MetricsDashboard.Data.Import;

/// <summary>
/// The outcome for one file of a run. <paramref name="Message"/> is English (logs, CLI, stored runs);
/// <paramref name="Reason"/> and <paramref name="Detail"/> let a UI say the same in its language.
/// </summary>
public sealed record ImportFileReport(
    string FileName,
    ImportFileStatus Status,
    string? Message,
    int? DocumentId,
    int IndicatorsAdded,
    ImportFileReason Reason = ImportFileReason.None,
    string? Detail = null)
{
    /// <summary>The status as stored: imported, unchanged, replaced, failed.</summary>
    public string StatusName => Status.ToString().ToLowerInvariant();
}
