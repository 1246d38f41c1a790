namespace MetricsDashboard.Data.Import;

/// <summary>What started an import run.</summary>
public enum ImportTrigger
{
    Cli,
    Startup,
    Upload,
    Reextract,
}
