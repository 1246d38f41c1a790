namespace MetricsDashboard.Data.Import;

/// <summary>How an import runs.</summary>
public sealed record ImportOptions
{
    /// <summary>The default size limit: 20 MB, far above any newspaper page.</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    /// <summary>What started the run; recorded with it.</summary>
    public ImportTrigger Trigger { get; init; } = ImportTrigger.Cli;

    /// <summary>Larger files fail with a clear message instead of being read.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>Whether <see cref="IIndicatorImportService.ImportPathAsync"/> descends into subfolders.</summary>
    public bool Recursive { get; init; } = true;
}
