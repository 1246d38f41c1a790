using MetricsDashboard.Data.Infrastructure;
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
}
