namespace MetricsDashboard.Data.Model;

/// <summary>One run of the importer (a CLI call, a start-up seed import, an upload, a re-extraction) and its counts.</summary>
public sealed class ImportRun
{
    public int Id { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>cli, startup, upload or reextract.</summary>
    public required string Trigger { get; set; }

    public int FilesSeen { get; set; }

    public int Imported { get; set; }

    public int Unchanged { get; set; }

    public int Replaced { get; set; }

    public int Failed { get; set; }

    public int IndicatorsAdded { get; set; }

    /// <summary>
    /// Set at the next start when the run never finished (the process was killed): its
    /// <see cref="FinishedAt"/> is then the time it was found, not the time it stopped.
    /// </summary>
    public bool Interrupted { get; set; }

    public List<ImportFileResult> Files { get; set; } = [];
}
