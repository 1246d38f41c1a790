using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>The provider options every <see cref="MetricsDbContext"/> is built with (app, CLI, tests, design time).</summary>
public static class MetricsDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            // Filter lists become IN (...) constants: SQLite plans them with the column indexes,
            // where a json_each() parameter would hide the values from the planner.
            .UseSqlite(connectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Constant))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
}
