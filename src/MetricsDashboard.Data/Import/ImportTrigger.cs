namespace MetricsDashboard.Data.Import;

/// <summary>What started an import run.</summary>
public enum ImportTrigger
{
    Cli,
    Startup,
    Upload,
    Reextract,

    /// <summary>A review decision stored its document's figures again.</summary>
    Review,
}
