using System.Data.Common;
using MetricsDashboard.Data.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Search;

/// <summary>
/// The one place that picks the text index by provider: SQLite's FTS5 bigram table; any other
/// provider scans until it has an index of its own (a PostgreSQL bigram tsvector belongs here).
/// </summary>
internal static class IndicatorTextIndex
{
    public static IIndicatorTextIndex? For(MetricsDbContext db) =>
        db.Database.IsSqlite() ? SqliteBigramIndex.Instance : null;

    /// <summary>The index that writers of an open connection feed, or null when the provider has none.</summary>
    public static IIndicatorTextIndex? For(DbConnection connection) =>
        connection is SqliteConnection ? SqliteBigramIndex.Instance : null;
}
