using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Data.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// Brings a database to the current schema and reference data: run once at start-up (web) or
/// before a command (CLI). Safe on an empty file, an up-to-date database or an older one.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<MetricsDbContext> contextFactory,
    IServiceProvider services,
    ILogger<DatabaseInitializer>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<DatabaseInitializer>.Instance;

    /// <summary>The page size of a SQLite database this initializer creates.</summary>
    public const int NewPageSize = 16384;

    /// <summary>
    /// Creates the database when it does not exist, applies pending migrations (never drops data;
    /// the provider's own set, see <see cref="PostgresMetricsDbContext"/>), switches SQLite to WAL
    /// and syncs the reference tables. Several instances starting at once are safe: EF Core takes a
    /// migration lock (an advisory lock on PostgreSQL, a lock row on SQLite).
    /// </summary>
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        if (db.Database.IsSqlite())
        {
            // A new database gets 16 KB pages (an existing one keeps its size: only VACUUM changes
            // it): a quarter of the page writes and reads an import makes through the WAL, 3 % of a
            // large import's time, with the dashboard's reads unchanged (decision 0016). WAL lets the
            // dashboard read while an import writes; the mode is stored in the file. Both are set
            // before migrating, with synchronous=NORMAL on this connection: a new database's twenty
            // migrations then commit without an fsync each (a crash can only undo the last ones,
            // which the next start applies again).
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync($"PRAGMA page_size={NewPageSize}; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", ct);
            await db.Database.MigrateAsync(ct);
        }
        else
        {
            await using var migrating = await PostgresMigrationLock.AcquireAsync(db.Database.GetConnectionString()!, ct);
            await db.Database.MigrateAsync(ct);
        }
        if (db.Database.IsSqlite())
        {
            // Refreshes planner statistics where they are stale; cheap when they are not.
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", ct);
        }
        // Several instances may start at once on one database: the reference upsert and the fact
        // backfill run under the import lease, one instance after the other (migrations have their
        // own lock, taken by EF Core).
        var importLock = services.GetService<IImportLock>();
        var lease = importLock is null ? null : await importLock.AcquireAsync(ct);
        try
        {
            // Indexes a large import deferred and did not get to build again (its process was
            // killed): built now, before anything reads without them. Under the lease, so never
            // while an import that deferred them is still running.
            var restored = await DeferredIndexes.RestoreMissingAsync(db, ct);
            if (restored.Count > 0)
            {
                _logger.LogWarning("Built {Count} missing indexes again: {Indexes}", restored.Count, string.Join(", ", restored));
            }
            await SeedReferenceDataAsync(db, ct);
            await BackfillFactsAsync(db, ct);
            await BackfillSearchIndexAsync(db, ct);
        }
        finally
        {
            if (lease is not null)
            {
                await lease.DisposeAsync();
            }
        }
    }

    // Indicators stored before the text index existed are indexed once (a no-op afterwards).
    private async Task BackfillSearchIndexAsync(MetricsDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var indexed = Search.SearchIndexBackfill.Run((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection());
            if (indexed > 0)
            {
                _logger.LogInformation("Indexed {Indicators} stored indicators for text search", indexed);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // A database from before facts existed (or a bulk load) has mentions without a fact: group
    // them now, once, in one transaction. Cheap when every mention has its fact (one indexed probe).
    private async Task BackfillFactsAsync(MetricsDbContext db, CancellationToken ct)
    {
        if (!await db.Indicators.AnyAsync(i => i.FactId == null, ct))
        {
            return;
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var made = Facts.FactBackfill.Run(connection, transaction, Reference.MeasureCatalog.Default);
            await transaction.CommitAsync(ct);
            _logger.LogInformation("Grouped stored mentions into {Facts} facts", made);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Imports the seed folder when no document is stored yet (first start); otherwise does nothing.</summary>
    /// <returns>The run's report, or null when the database already had documents or the folder does not exist.</returns>
    public async Task<ImportReport?> ImportSeedsIfEmptyAsync(string seedsFolder, CancellationToken ct = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            if (await db.Documents.AnyAsync(ct))
            {
                return null;
            }
        }
        if (!Directory.Exists(seedsFolder))
        {
            _logger.LogWarning("Seed folder {Folder} not found; starting with an empty database", seedsFolder);
            return null;
        }
        // Resolved here, not injected: migrating must work where no extractor is registered
        // (CLI export and generate, tools), and the importer needs one.
        var importService = services.GetRequiredService<IIndicatorImportService>();
        var report = await importService.ImportPathAsync(seedsFolder, new ImportOptions { Trigger = ImportTrigger.Startup }, null, ct);
        _logger.LogInformation("Imported seeds: {Imported} documents, {Indicators} indicators, {Failed} failed", report.Imported, report.IndicatorsAdded, report.Failed);
        return report;
    }

    // Upserts the catalogs, so that a new area or sector in a later version reaches old databases.
    private static async Task SeedReferenceDataAsync(MetricsDbContext db, CancellationToken ct)
    {
        var areas = await db.Areas.AsTracking().ToDictionaryAsync(a => a.Name, ct);
        foreach (var area in ReferenceCatalog.Areas)
        {
            if (areas.TryGetValue(area.Name, out var stored))
            {
                (stored.Level, stored.ParentName, stored.Aliases) = (area.Level, area.ParentName, area.Aliases);
            }
            else
            {
                db.Areas.Add(new Area { Name = area.Name, Level = area.Level, ParentName = area.ParentName, Aliases = area.Aliases });
            }
        }
        var sectors = await db.Sectors.AsTracking().ToDictionaryAsync(s => s.Key, ct);
        foreach (var sector in ReferenceCatalog.Sectors)
        {
            if (sectors.TryGetValue(sector.Key, out var stored))
            {
                (stored.NameZh, stored.NameEn) = (sector.NameZh, sector.NameEn);
            }
            else
            {
                db.Sectors.Add(new Sector { Key = sector.Key, NameZh = sector.NameZh, NameEn = sector.NameEn });
            }
        }
        var metrics = await db.MetricCategories.AsTracking().ToDictionaryAsync(m => m.Key, ct);
        foreach (var metric in ReferenceCatalog.Metrics)
        {
            if (metrics.TryGetValue(metric.Key, out var stored))
            {
                (stored.NameZh, stored.NameEn) = (metric.NameZh, metric.NameEn);
            }
            else
            {
                db.MetricCategories.Add(new MetricCategory { Key = metric.Key, NameZh = metric.NameZh, NameEn = metric.NameEn });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
