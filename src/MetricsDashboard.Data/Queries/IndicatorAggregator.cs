using System.Linq.Expressions;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Queries;

// Counts and sums per group, from the smallest rollup table that carries what the filter and the
// grouping need, and from indicator rows for what no rollup carries (see RollupPlan), merged.
internal static class IndicatorAggregator
{
    public static async Task<List<AggregateRow>> GroupAsync(MetricsDbContext db, IndicatorFilter filter, IndicatorGrouping grouping, bool rollupsEnabled, CancellationToken ct)
    {
        var plan = RollupPlan.For(filter, rollupsEnabled);
        var rows = new List<AggregateRow>();
        if (plan.UseRollups && AreaMonths.Covers(db, filter, grouping) is { } area)
        {
            rows.AddRange(await AreaMonths.ReadAsync(db, area, filter, plan, ct));
        }
        else if (plan.UseRollups)
        {
            var needsDistrict = grouping == IndicatorGrouping.District || filter.Districts.Any(d => !string.IsNullOrWhiteSpace(d));
            var needsMonth = grouping is IndicatorGrouping.Month or IndicatorGrouping.Quarter || plan.DatedOnly;
            var cells = await CellsAsync(db, filter, plan, needsDistrict, needsMonth, grouping == IndicatorGrouping.Year, ct);
            if (GroupingKeys.IsTime(grouping))
            {
                cells = cells.Where(r => r.Period != "");
            }
            var key = GroupingKeys.RollupKey(grouping);
            var groups = await cells
                .Select(Project(key))
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
        if (grouping == IndicatorGrouping.Unit)
        {
            rows = rows.ConvertAll(r => r with { Key = r.Unit.ToWire() });
        }
        return plan.RawParts.Count > 0 && plan.UseRollups ? Merge(rows) : rows;
    }

    public static async Task<List<HeatCell>> HeatAsync(MetricsDbContext db, IndicatorFilter filter, bool rollupsEnabled, CancellationToken ct)
    {
        var plan = RollupPlan.For(filter, rollupsEnabled);
        var cells = new List<HeatCell>();
        if (plan.UseRollups)
        {
            var rollups = await CellsAsync(db, filter, plan, needsDistrict: true, needsMonth: plan.DatedOnly, needsYear: false, ct);
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

    // r => new KeyedCell { Key = <key>(r), … }, built once per grouping so EF sees a plain member init.
    private static Expression<Func<RollupCell, KeyedCell>> Project(Expression<Func<RollupCell, string>> key)
    {
        var r = key.Parameters[0];
        var body = Expression.MemberInit(
            Expression.New(typeof(KeyedCell)),
            Expression.Bind(typeof(KeyedCell).GetProperty(nameof(KeyedCell.Key))!, key.Body),
            Expression.Bind(typeof(KeyedCell).GetProperty(nameof(KeyedCell.Unit))!, Expression.Property(r, nameof(RollupCell.Unit))),
            Expression.Bind(typeof(KeyedCell).GetProperty(nameof(KeyedCell.Counter))!, Expression.Property(r, nameof(RollupCell.Counter))),
            Expression.Bind(typeof(KeyedCell).GetProperty(nameof(KeyedCell.Count))!, Expression.Property(r, nameof(RollupCell.Count))),
            Expression.Bind(typeof(KeyedCell).GetProperty(nameof(KeyedCell.Sum))!, Expression.Property(r, nameof(RollupCell.Sum))),
            Expression.Bind(typeof(KeyedCell).GetProperty(nameof(KeyedCell.Max))!, Expression.Property(r, nameof(RollupCell.Max))));
        return Expression.Lambda<Func<RollupCell, KeyedCell>>(body, r);
    }

    // The smallest table that has the columns needed, sizes for a million synthetic indicators:
    // month totals (5,000 rows) when no district is needed, district totals (6,000) when neither
    // month nor year is, year rollups (28,000) when no month is, else the month rollup (260,000),
    // narrowed by its (District, Sector, Month) index.
    private static async Task<IQueryable<RollupCell>> CellsAsync(MetricsDbContext db, IndicatorFilter filter, RollupPlan plan, bool needsDistrict, bool needsMonth, bool needsYear, CancellationToken ct)
    {
        IQueryable<RollupCell> query = !needsDistrict
            ? db.IndicatorMonthTotals.Select(r => new RollupCell { Period = r.Month, District = "", Sector = r.Sector, Metric = r.Metric, Unit = r.Unit, Counter = r.Counter, Kind = r.Kind, Count = r.Count, Sum = r.Sum, Max = r.Max })
            : !needsMonth && !needsYear
            ? db.IndicatorDistrictTotals.Select(r => new RollupCell { Period = "", District = r.District, Sector = r.Sector, Metric = r.Metric, Unit = r.Unit, Counter = r.Counter, Kind = r.Kind, Count = r.Count, Sum = r.Sum, Max = r.Max })
            : !needsMonth
            ? db.IndicatorYearRollups.Select(r => new RollupCell { Period = r.Year, District = r.District, Sector = r.Sector, Metric = r.Metric, Unit = r.Unit, Counter = r.Counter, Kind = r.Kind, Count = r.Count, Sum = r.Sum, Max = r.Max })
            : db.IndicatorRollups.Select(r => new RollupCell { Period = r.Month, District = r.District, Sector = r.Sector, Metric = r.Metric, Unit = r.Unit, Counter = r.Counter, Kind = r.Kind, Count = r.Count, Sum = r.Sum, Max = r.Max });
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
            query = query.Where(r => r.Period != "");
        }
        if (plan.FirstMonth is { } first)
        {
            query = query.Where(r => string.Compare(r.Period, first) >= 0);
        }
        if (plan.LastMonth is { } last)
        {
            query = query.Where(r => string.Compare(r.Period, last) <= 0);
        }
        return query;
    }
}
