using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>The provider options every <see cref="MetricsDbContext"/> is built with (app, CLI, tests, design time).</summary>
public static class MetricsDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return (target.Provider switch
        {
            // Filter lists become IN (...) constants: SQLite plans them with the column indexes,
            // where a json_each() parameter would hide the values from the planner.
            DatabaseProvider.Sqlite => options.UseSqlite(target.ConnectionString,
                sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Constant)),
            // PostgreSQL plans "= ANY(@array)" with the indexes; its migrations are its own
            // (PostgresMetricsDbContext, Infrastructure/PostgresMigrations).
            DatabaseProvider.PostgreSql => options.UseNpgsql(target.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target.Provider, "unknown database provider"),
        }).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            // Migrating checks the model against the migrations' snapshot only to warn: rebuilding the
            // snapshot's model and comparing cost ~1 CPU s at every start (each CLI command, every
            // import). SchemaSnapshotTests makes the same check once, for both providers.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>A context of the class whose migrations match the provider (see <see cref="PostgresMetricsDbContext"/>).</summary>
    public static MetricsDbContext CreateContext(DbContextOptions<MetricsDbContext> options, DatabaseProvider provider) =>
        provider == DatabaseProvider.PostgreSql ? new PostgresMetricsDbContext(options) : new MetricsDbContext(options);
}
