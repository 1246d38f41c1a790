using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;

namespace MetricsDashboard.Data.Queries.Facts;

// The dashboard's filter on facts: the same areas (expanded down the hierarchy), sectors, metrics,
// units and kinds as on mentions; dates on the fact's first publication; text on its label; a
// document or article selects the facts it mentions.
internal static class FactFilterTranslator
{
    public static async Task<IQueryable<Fact>> ApplyAsync(MetricsDbContext db, IndicatorFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Facts.AsQueryable();
        var districts = await IndicatorFilterTranslator.ExpandedDistrictsAsync(db, filter, ct);
        if (districts is not null)
        {
            query = query.Where(f => districts.Contains(f.District!));
        }
        var sectors = IndicatorFilterTranslator.Clean(filter.Sectors);
        if (sectors.Count > 0)
        {
            query = query.Where(f => sectors.Contains(f.Sector));
        }
        var metrics = IndicatorFilterTranslator.Clean(filter.Metrics);
        if (metrics.Count > 0)
        {
            query = query.Where(f => metrics.Contains(f.Metric));
        }
        var units = IndicatorFilterTranslator.Clean(filter.Units);
        if (units.Count > 0)
        {
            query = query.Where(f => units.Contains(f.Unit));
        }
        var kinds = IndicatorFilterTranslator.Clean(filter.Kinds);
        if (kinds.Count > 0)
        {
            query = query.Where(f => kinds.Contains(f.Kind));
        }
        if (filter.From is { } from)
        {
            query = query.Where(f => f.PublishedOn >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(f => f.PublishedOn <= to);
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            query = query.Where(f => f.Label.Contains(text));
        }
        if (filter.DocumentId is { } documentId)
        {
            query = query.Where(f => db.Indicators.Any(i => i.FactId == f.Id && i.DocumentId == documentId));
        }
        if (filter.ArticleId is { } articleId)
        {
            query = query.Where(f => db.Indicators.Any(i => i.FactId == f.Id && i.ArticleId == articleId));
        }
        return query;
    }
}
