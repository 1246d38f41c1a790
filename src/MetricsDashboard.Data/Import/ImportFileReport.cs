namespace MetricsDashboard.Data.Import;

/// <summary>The outcome for one file of a run.</summary>
public sealed record ImportFileReport(string FileName, ImportFileStatus Status, string? Message, int? DocumentId, int IndicatorsAdded)
{
    /// <summary>The status as stored: imported, unchanged, replaced, failed.</summary>
    public string StatusName => Status.ToString().ToLowerInvariant();
}
