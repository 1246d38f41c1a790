using System.Data.Common;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Queries;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Search;

/// <summary>
/// The one place that picks the text index by provider: SQLite's FTS5 bigram table, PostgreSQL's
/// bigram tsvector column; any other provider scans.
/// </summary>
internal static class IndicatorTextIndex
{
    public static IIndicatorTextIndex? For(MetricsDbContext db) =>
        db.Database.IsSqlite() ? SqliteBigramIndex.Instance
        : db.IsPostgreSql() ? PostgresBigramIndex.Instance
        : null;

    /// <summary>
    /// The index that writers of an open connection feed, or null when the provider's index needs no
    /// writes (PostgreSQL's is a generated column the server fills) or there is none.
    /// </summary>
    public static IIndicatorTextIndex? For(DbConnection connection) =>
        connection is SqliteConnection ? SqliteBigramIndex.Instance : null;
}
