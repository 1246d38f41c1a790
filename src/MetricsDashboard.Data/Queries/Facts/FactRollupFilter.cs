using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Queries.Facts;

// The dashboard's filter on the fact rollups (only for filters FactRollupPlan says they cover).
internal static class FactRollupFilter
{
    public static async Task<IQueryable<FactDistrictRollup>> DistrictRowsAsync(MetricsDbContext db, IndicatorFilter filter, CancellationToken ct)
    {
        var query = db.FactDistrictRollups.AsQueryable();
        var districts = await IndicatorFilterTranslator.ExpandedDistrictsAsync(db, filter, ct);
        if (districts is not null)
        {
            query = query.Where(r => districts.Contains(r.District));
        }
        var (sectors, metrics, units, kinds) = Lists(filter);
        if (sectors.Count > 0)
        {
            query = query.Where(r => sectors.Contains(r.Sector));
        }
        if (metrics.Count > 0)
        {
            query = query.Where(r => metrics.Contains(r.Metric));
        }
        if (units.Count > 0)
        {
            query = query.Where(r => units.Contains(r.Unit));
        }
        if (kinds.Count > 0)
        {
            query = query.Where(r => kinds.Contains(r.Kind));
        }
        // Undated facts ("" year) fall outside any date range, as they do on the facts themselves.
        if (FactRollupPlan.FirstYear(filter) is { } first)
        {
            query = query.Where(r => r.Year != "" && string.Compare(r.Year, first) >= 0);
        }
        if (FactRollupPlan.LastYear(filter) is { } last)
        {
            query = query.Where(r => r.Year != "" && string.Compare(r.Year, last) <= 0);
        }
        return query;
    }

    public static IQueryable<FactPeriodRollup> PeriodRows(MetricsDbContext db, IndicatorFilter filter)
    {
        var query = db.FactPeriodRollups.AsQueryable();
        var (sectors, metrics, units, kinds) = Lists(filter);
        if (sectors.Count > 0)
        {
            query = query.Where(r => sectors.Contains(r.Sector));
        }
        if (metrics.Count > 0)
        {
            query = query.Where(r => metrics.Contains(r.Metric));
        }
        if (units.Count > 0)
        {
            query = query.Where(r => units.Contains(r.Unit));
        }
        if (kinds.Count > 0)
        {
            query = query.Where(r => kinds.Contains(r.Kind));
        }
        if (FactRollupPlan.FirstYear(filter) is { } first)
        {
            query = query.Where(r => r.Year != "" && string.Compare(r.Year, first) >= 0);
        }
        if (FactRollupPlan.LastYear(filter) is { } last)
        {
            query = query.Where(r => r.Year != "" && string.Compare(r.Year, last) <= 0);
        }
        return query;
    }

    private static (List<string> Sectors, List<string> Metrics, List<CanonicalUnit> Units, List<IndicatorKind> Kinds) Lists(IndicatorFilter filter) => (
        IndicatorFilterTranslator.Clean(filter.Sectors), IndicatorFilterTranslator.Clean(filter.Metrics),
        IndicatorFilterTranslator.Clean(filter.Units), IndicatorFilterTranslator.Clean(filter.Kinds));
}
