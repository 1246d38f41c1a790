using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Queries;

// Turns an IndicatorFilter into WHERE clauses on indexed columns. Areas expand down the Area
// hierarchy: 成都市 selects itself and its 23 districts, 四川省 its cities and their districts.
internal static class IndicatorFilterTranslator
{
    // textAsCheck: test the text index's ids on rows found otherwise (an index on the sort column or
    // on another filter) instead of reading the rows by those ids: cheaper for a page of a term that
    // matches many rows. It changes the plan, never the rows.
    public static async Task<IQueryable<StoredIndicator>> ApplyAsync(MetricsDbContext db, IQueryable<StoredIndicator> query, IndicatorFilter filter, CancellationToken ct, bool textAsCheck = false)
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
            // "Id + 0" keeps SQLite from looking rows up by the matching ids (no index serves it).
            var matching = IndexedText(db, filter);
            query = matching is null ? query.Where(i => i.Label.Contains(text) || i.Sentence.Contains(text))
                : textAsCheck ? query.Where(i => matching.Contains(i.Id + 0))
                : query.Where(i => matching.Contains(i.Id));
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

    /// <summary>The ids of the indicators matching the filter's text, from the provider's text index;
    /// null when the filter has no text or the index cannot answer it (the filter then scans).</summary>
    public static IQueryable<long>? IndexedText(MetricsDbContext db, IndicatorFilter filter) =>
        string.IsNullOrWhiteSpace(filter.Text) ? null : IndicatorTextIndex.For(db)?.Matching(db, filter.Text.Trim());

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
