using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Infrastructure.Conversions;
using MetricsDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Queries;

// Counts and sums by month under one area, from AreaMonthCounts (SQLite): the area's rows already
// hold the figures of every area below it, so 成都市 reads its own few hundred rows instead of
// grouping the month rollups of 24 areas. Only filters the table can answer take this path: one
// area, optionally units and whole months; a topic, metric or kind needs the month rollups.
internal static class AreaMonths
{
    /// <summary>The one area whose month rows answer the grouping under the filter, or null.</summary>
    public static string? Covers(MetricsDbContext db, IndicatorFilter filter, IndicatorGrouping grouping)
    {
        var areas = IndicatorFilterTranslator.Clean(filter.Districts);
        return areas.Count == 1 && GroupingKeys.IsTime(grouping) && db.Database.IsSqlite()
            && filter.Sectors.All(string.IsNullOrWhiteSpace) && filter.Metrics.All(string.IsNullOrWhiteSpace) && filter.Kinds.Count == 0
            ? areas[0]
            : null;
    }

    public static async Task<IReadOnlyList<AggregateRow>> ReadAsync(MetricsDbContext db, string area, IndicatorFilter filter, RollupPlan plan, CancellationToken ct)
    {
        var units = IndicatorFilterTranslator.Clean(filter.Units).Select(u => u.ToWire()).ToArray();
        // Dated months only (a time grouping leaves undated figures out), within the plan's whole months.
        var sql = "SELECT \"Month\", \"Unit\", \"Counter\", \"Count\", \"Sum\", \"Max\" FROM \"AreaMonthCounts\" " +
            "WHERE \"Area\" = {0} AND \"Month\" <> '' AND \"Month\" >= {1} AND \"Month\" <= {2}" +
            (units.Length > 0 ? " AND \"Unit\" IN (SELECT value FROM json_each({3}))" : "");
        var rows = await db.Database
            .SqlQueryRaw<AreaMonthRow>(sql, area, plan.FirstMonth ?? "", plan.LastMonth ?? "\uffff", System.Text.Json.JsonSerializer.Serialize(units))
            .ToListAsync(ct);
        return rows.ConvertAll(r => new AggregateRow(r.Month, WireNameConverter<CanonicalUnit>.Read(r.Unit), r.Counter == "" ? null : r.Counter, r.Count, r.Sum, r.Max));
    }

    // The table is no entity: its rows are read as they are stored.
    private sealed record AreaMonthRow(string Month, string Unit, string Counter, int Count, double Sum, double Max);
}
