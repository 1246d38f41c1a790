using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Queries;
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
}
