namespace MetricsDashboard.Data.Queries;

/// <summary>The columns of a figure that <see cref="CoverageTally"/> counts.</summary>
internal sealed record CoverageRow(string? District, string Sector, string? PublishedMonth, int DocumentId, int ArticleId, DateOnly? PublishedOn);

/// <summary>
/// Counts the figures a filter selects in one pass over their rows, into every part of a
/// <see cref="CoverageOverview"/>, with the keys and orders of the separate reads: areas and topics
/// by count then name (a figure without an area under the empty key), months in order (undated
/// figures left out), heatmap cells of figures with an area by area then topic.
/// </summary>
internal sealed class CoverageTally
{
    private readonly Dictionary<string, int> _byDistrict = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _bySector = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byMonth = new(StringComparer.Ordinal);
    private readonly Dictionary<(string District, string Sector), int> _heat = [];
    private readonly HashSet<int> _documents = [];
    private readonly HashSet<int> _articles = [];
    private int _figures;
    private DateOnly? _latest;

    public void Add(CoverageRow row)
    {
        _figures++;
        Increment(_byDistrict, row.District ?? "");
        Increment(_bySector, row.Sector);
        if (row.PublishedMonth is { } month)
        {
            Increment(_byMonth, month);
        }
        if (row.District is { } district)
        {
            Increment(_heat, (district, row.Sector));
        }
        _documents.Add(row.DocumentId);
        _articles.Add(row.ArticleId);
        if (row.PublishedOn > _latest || _latest is null)
        {
            _latest = row.PublishedOn;
        }
    }

    public CoverageOverview ToOverview()
    {
        var districts = _byDistrict.Count(d => d.Key.Length > 0);
        return new CoverageOverview(
            new DashboardSummary(_documents.Count, _articles.Count, _figures, districts, _latest),
            ByCount(_byDistrict),
            ByCount(_bySector),
            _byMonth.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new CountRow(m.Key, m.Value)).ToList(),
            _heat.OrderBy(c => c.Key.District, StringComparer.Ordinal).ThenBy(c => c.Key.Sector, StringComparer.Ordinal)
                .Select(c => new HeatCell(c.Key.District, c.Key.Sector, c.Value)).ToList());
    }

    private static List<CountRow> ByCount(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new CountRow(c.Key, c.Value)).ToList();

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull
    {
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
        count++;
    }
}
