using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Queries;

// Turns an IndicatorFilter into WHERE clauses on indexed columns. Areas expand down the Area
// hierarchy: 成都市 selects itself and its 23 districts, 四川省 its cities and their districts.
internal static class IndicatorFilterTranslator
{
    public static async Task<IQueryable<StoredIndicator>> ApplyAsync(MetricsDbContext db, IQueryable<StoredIndicator> query, IndicatorFilter filter, CancellationToken ct)
    {
        var expanded = await ExpandedDistrictsAsync(db, filter, ct);
        if (expanded is not null)
        {
            query = query.Where(i => expanded.Contains(i.District!));
        }
        var sectors = Clean(filter.Sectors);
        if (sectors.Count > 0)
        {
            query = query.Where(i => sectors.Contains(i.Sector));
        }
        var metrics = Clean(filter.Metrics);
        if (metrics.Count > 0)
        {
            query = query.Where(i => metrics.Contains(i.Metric));
        }
        var units = Clean(filter.Units);
        if (units.Count > 0)
        {
            query = query.Where(i => units.Contains(i.Unit));
        }
        var kinds = Clean(filter.Kinds);
        if (kinds.Count > 0)
        {
            query = query.Where(i => kinds.Contains(i.Kind));
        }
        if (filter.From is { } from)
        {
            query = query.Where(i => i.PublishedOn >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(i => i.PublishedOn <= to);
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            // The provider's text index when it can answer (same rows as the scan); otherwise a scan.
            var matching = IndicatorTextIndex.For(db)?.Matching(db, text);
            query = matching is not null
                ? query.Where(i => matching.Contains(i.Id))
                : query.Where(i => i.Label.Contains(text) || i.Sentence.Contains(text));
        }
        if (filter.DocumentId is { } documentId)
        {
            query = query.Where(i => i.DocumentId == documentId);
        }
        if (filter.ArticleId is { } articleId)
        {
            query = query.Where(i => i.ArticleId == articleId);
        }
        return query;
    }

    /// <summary>The filter's areas with all their descendants, or null when the filter names none.</summary>
    public static async Task<List<string>?> ExpandedDistrictsAsync(MetricsDbContext db, IndicatorFilter filter, CancellationToken ct)
    {
        var districts = Clean(filter.Districts);
        if (districts.Count == 0)
        {
            return null;
        }
        var areas = await db.Areas.Select(a => new { a.Name, a.ParentName }).ToListAsync(ct);
        return Expand(districts, areas.Select(a => (a.Name, a.ParentName)));
    }

    /// <summary>The names and all their descendants; unknown names stay as given.</summary>
    public static List<string> Expand(IReadOnlyCollection<string> names, IEnumerable<(string Name, string? Parent)> areas)
    {
        var children = areas.Where(a => a.Parent is not null).ToLookup(a => a.Parent!, a => a.Name, StringComparer.Ordinal);
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(names);
        while (pending.TryDequeue(out var name))
        {
            if (result.Add(name))
            {
                foreach (var child in children[name])
                {
                    pending.Enqueue(child);
                }
            }
        }
        return result.Order(StringComparer.Ordinal).ToList();
    }

    public static List<string> Clean(IReadOnlyList<string> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList();

    public static List<TEnum> Clean<TEnum>(IReadOnlyList<TEnum> values) where TEnum : struct, Enum => values.Distinct().ToList();
}
