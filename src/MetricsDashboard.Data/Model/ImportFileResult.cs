namespace MetricsDashboard.Data.Model;

/// <summary>What an import run did with one file.</summary>
public sealed class ImportFileResult
{
    public int Id { get; set; }

    public int RunId { get; set; }

    public required string FileName { get; set; }

    /// <summary>imported, unchanged, replaced or failed.</summary>
    public required string Status { get; set; }

    public string? Message { get; set; }

    /// <summary>The stored document, when there is one.</summary>
    public int? DocumentId { get; set; }

    public int IndicatorsAdded { get; set; }
}
