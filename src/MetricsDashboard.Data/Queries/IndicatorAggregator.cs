using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Queries;

// Counts and sums per group, from the rollups where the filter allows and from indicator rows for
// the rest (see RollupPlan), merged into one list.
internal static class IndicatorAggregator
{
    public static async Task<List<AggregateRow>> GroupAsync(MetricsDbContext db, IndicatorFilter filter, IndicatorGrouping grouping, bool rollupsEnabled, CancellationToken ct)
    {
        var plan = RollupPlan.For(filter, rollupsEnabled);
        var rows = new List<AggregateRow>();
        if (plan.UseRollups)
        {
            var rollups = await RollupsAsync(db, filter, plan, ct);
            if (GroupingKeys.IsTime(grouping))
            {
                rollups = rollups.Where(r => r.Month != "");
            }
            var groups = await rollups
                .Select(GroupingKeys.RollupSelector(grouping))
                .GroupBy(r => new { r.Key, r.Unit, r.Counter })
                .Select(g => new { g.Key.Key, g.Key.Unit, g.Key.Counter, Count = g.Sum(r => r.Count), Sum = g.Sum(r => r.Sum), Max = g.Max(r => r.Max) })
                .ToListAsync(ct);
            rows.AddRange(groups.Select(g => new AggregateRow(g.Key, g.Unit, g.Counter == "" ? null : g.Counter, g.Count, g.Sum, g.Max)));
        }
        foreach (var part in plan.RawParts)
        {
            var query = (await IndicatorFilterTranslator.ApplyAsync(db, db.Indicators, part, ct)).Select(GroupingKeys.Selector(grouping));
            if (GroupingKeys.IsTime(grouping))
            {
                query = query.Where(g => g.Key != null);
            }
            var groups = await query
                .GroupBy(g => new { g.Key, g.Unit, g.Counter })
                .Select(g => new { g.Key.Key, g.Key.Unit, g.Key.Counter, Count = g.Count(), Sum = g.Sum(x => x.Value), Max = g.Max(x => x.Value) })
                .ToListAsync(ct);
            rows.AddRange(groups.Select(g => new AggregateRow(g.Key ?? "", g.Unit, g.Counter, g.Count, g.Sum, g.Max)));
        }
        return plan.RawParts.Count == 0 || !plan.UseRollups ? rows : Merge(rows);
    }

    public static async Task<List<HeatCell>> HeatAsync(MetricsDbContext db, IndicatorFilter filter, bool rollupsEnabled, CancellationToken ct)
    {
        var plan = RollupPlan.For(filter, rollupsEnabled);
        var cells = new List<HeatCell>();
        if (plan.UseRollups)
        {
            var rollups = await RollupsAsync(db, filter, plan, ct);
            var groups = await rollups
                .Where(r => r.District != "")
                .GroupBy(r => new { r.District, r.Sector })
                .Select(g => new { g.Key.District, g.Key.Sector, Count = g.Sum(r => r.Count) })
                .ToListAsync(ct);
            cells.AddRange(groups.Select(g => new HeatCell(g.District, g.Sector, g.Count)));
        }
        foreach (var part in plan.RawParts)
        {
            var query = await IndicatorFilterTranslator.ApplyAsync(db, db.Indicators, part, ct);
            var groups = await query
                .Where(i => i.District != null)
                .GroupBy(i => new { i.District, i.Sector })
                .Select(g => new { g.Key.District, g.Key.Sector, Count = g.Count() })
                .ToListAsync(ct);
            cells.AddRange(groups.Select(g => new HeatCell(g.District!, g.Sector, g.Count)));
        }
        return cells
            .GroupBy(c => (c.District, c.Sector))
            .Select(g => new HeatCell(g.Key.District, g.Key.Sector, g.Sum(c => c.Count)))
            .ToList();
    }

    private static List<AggregateRow> Merge(List<AggregateRow> rows) => rows
        .GroupBy(r => (r.Key, r.Unit, r.Counter))
        .Select(g => new AggregateRow(g.Key.Key, g.Key.Unit, g.Key.Counter, g.Sum(r => r.Count), g.Sum(r => r.Sum), g.Max(r => r.Max)))
        .ToList();

    private static async Task<IQueryable<IndicatorRollup>> RollupsAsync(MetricsDbContext db, IndicatorFilter filter, RollupPlan plan, CancellationToken ct)
    {
        IQueryable<IndicatorRollup> query = db.IndicatorRollups;
        var districts = await IndicatorFilterTranslator.ExpandedDistrictsAsync(db, filter, ct);
        if (districts is not null)
        {
            query = query.Where(r => districts.Contains(r.District));
        }
        var sectors = IndicatorFilterTranslator.Clean(filter.Sectors);
        if (sectors.Count > 0)
        {
            query = query.Where(r => sectors.Contains(r.Sector));
        }
        var metrics = IndicatorFilterTranslator.Clean(filter.Metrics);
        if (metrics.Count > 0)
        {
            query = query.Where(r => metrics.Contains(r.Metric));
        }
        var units = IndicatorFilterTranslator.Clean(filter.Units);
        if (units.Count > 0)
        {
            query = query.Where(r => units.Contains(r.Unit));
        }
        var kinds = IndicatorFilterTranslator.Clean(filter.Kinds);
        if (kinds.Count > 0)
        {
            query = query.Where(r => kinds.Contains(r.Kind));
        }
        if (plan.DatedOnly)
        {
            query = query.Where(r => r.Month != "");
        }
        if (plan.FirstMonth is { } first)
        {
            query = query.Where(r => string.Compare(r.Month, first) >= 0);
        }
        if (plan.LastMonth is { } last)
        {
            query = query.Where(r => string.Compare(r.Month, last) <= 0);
        }
        return query;
    }
}
