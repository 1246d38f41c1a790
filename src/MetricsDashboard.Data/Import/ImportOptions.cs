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

    /// <summary>The default cap of figures stored per document.</summary>
    public const int DefaultMaxFiguresPerDocument = 5_000;

    /// <summary>
    /// A document with more figures is stored with its first this many and a warning in the run
    /// report (<see cref="FigureCap"/>); null or 0 stores them all.
    /// </summary>
    public int? MaxFiguresPerDocument { get; init; } = DefaultMaxFiguresPerDocument;

    /// <summary>
    /// Whether the secondary indexes of mentions and facts are dropped for the import and built
    /// again at its end (<see cref="Infrastructure.DeferredIndexes"/>; SQLite only): null decides by
    /// size (<see cref="Infrastructure.DeferredIndexes.Pays"/>), true and false force it.
    /// </summary>
    public bool? DeferIndexes { get; init; }

    /// <summary>Whether <see cref="IIndicatorImportService.ImportPathAsync"/> descends into subfolders.</summary>
    public bool Recursive { get; init; } = true;
}
