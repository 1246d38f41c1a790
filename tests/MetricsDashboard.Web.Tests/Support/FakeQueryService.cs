using MetricsDashboard.Data.Queries;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Web.Tests.Support;

/// <summary>
/// A hand-written query service over a fixed list of rows. It applies the district, sector, metric,
/// unit and kind filters the way the real one does (without the area hierarchy) and records every filter it
/// was asked for, so page tests can check what the URL turned into.
/// </summary>
public sealed class FakeQueryService : IIndicatorQueryService
{
    public List<IndicatorRow> Rows { get; } = [];

    public List<IndicatorFilter> Requests { get; } = [];

    /// <summary>Articles listed as they are, when a test sets them; otherwise the list is derived from <see cref="Rows"/>.</summary>
    public List<ArticleListItem> Articles { get; } = [];

    /// <summary>Articles returned for a document-id filter (the import report's links).</summary>
    public Dictionary<int, List<ArticleListItem>> ArticlesByDocument { get; } = [];

    /// <summary>What <see cref="GetArticleAsync"/> answers.</summary>
    public Dictionary<int, ArticleDetail> Details { get; } = [];

    public ReferenceData Reference { get; set; } = new(
        [new AreaInfo("四川省", "province", null), new AreaInfo("成都市", "city", "四川省"), new AreaInfo("锦江区", "district", "成都市"), new AreaInfo("武侯区", "district", "成都市")],
        [new KeyName("public_safety", "公共安全", "Public safety"), new KeyName("consumption_commerce", "消费与商贸", "Consumption and commerce")],
        [new KeyName("cases", "案件", "Cases"), new KeyName("retail_sales", "社会消费品零售总额", "Retail sales"), new KeyName("energy", "能源", "Energy")],
        [CanonicalUnit.Cny, CanonicalUnit.Count, CanonicalUnit.Percent]);

    public static IndicatorRow Row(long id, string district, string sector, string metric, double value, CanonicalUnit unit, string? counter = null) =>
        new(id, 1, 10 + (int)id, $"文章{id}", "000.txt", new DateOnly(2024, 1, 10), $"{value}", 0, 4, value, null, unit, counter,
            Qualifier.Exact, IndicatorKind.Actual, metric, $"指标{id}", district, sector, "2023", $"{district}的句子{id}。", 0, 0.9);

    private IEnumerable<IndicatorRow> Apply(IndicatorFilter filter)
    {
        Requests.Add(filter);
        return Rows.Where(r =>
            (filter.Districts.Count == 0 || filter.Districts.Contains(r.District ?? ""))
            && (filter.Sectors.Count == 0 || filter.Sectors.Contains(r.Sector))
            && (filter.Metrics.Count == 0 || filter.Metrics.Contains(r.Metric))
            && (filter.Units.Count == 0 || filter.Units.Contains(r.Unit))
            && (filter.Kinds.Count == 0 || filter.Kinds.Contains(r.Kind)));
    }

    public Task<DashboardSummary> GetSummaryAsync(IndicatorFilter filter, CancellationToken ct = default)
    {
        var rows = Apply(filter).ToArray();
        return Task.FromResult(new DashboardSummary(rows.Select(r => r.DocumentId).Distinct().Count(), rows.Select(r => r.ArticleId).Distinct().Count(), rows.Length, rows.Select(r => r.District).Distinct().Count(), rows.Max(r => r.PublishedOn)));
    }

    public async Task<CoverageOverview> GetCoverageAsync(IndicatorFilter filter, CancellationToken ct = default) =>
        new(await GetSummaryAsync(filter, ct), await CountByAsync(filter, IndicatorGrouping.District, ct), await CountByAsync(filter, IndicatorGrouping.Sector, ct),
            await CountByAsync(filter, IndicatorGrouping.Month, ct), await HeatmapAsync(filter, ct));

    /// <summary>Every page of rows asked for: how it was sorted and which slice.</summary>
    public List<(IndicatorSort Sort, bool Descending, int Skip, int Take)> ListRequests { get; } = [];

    public Task<Page<IndicatorRow>> ListAsync(IndicatorFilter filter, IndicatorSort sort, bool descending, int skip, int take, CancellationToken ct = default)
    {
        ListRequests.Add((sort, descending, skip, take));
        var rows = Apply(filter).ToArray();
        return Task.FromResult(new Page<IndicatorRow>(rows.Skip(skip).Take(take).ToArray(), rows.Length, skip, take));
    }

    public Task<int> CountAsync(IndicatorFilter filter, CancellationToken ct = default) =>
        Task.FromResult(Apply(filter).Count());

    public IAsyncEnumerable<IndicatorRow> StreamAllAsync(IndicatorFilter filter, int limit, CancellationToken ct = default) =>
        Apply(filter).Take(limit).ToArray().ToAsyncEnumerable();

    public IAsyncEnumerable<CitedArticle> StreamCitedArticlesAsync(IndicatorFilter filter, int limit, CancellationToken ct = default) =>
        Apply(filter).Take(limit).DistinctBy(r => r.ArticleId)
            .Select(r => new CitedArticle(r.ArticleId, r.ArticleTitle, r.Doc, r.PublishedOn)).ToArray().ToAsyncEnumerable();

    public Task<IReadOnlyList<CountRow>> CountByAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<CountRow>>(Apply(filter).GroupBy(r => Key(r, grouping)).Select(g => new CountRow(g.Key, g.Count())).OrderByDescending(c => c.Count).ToArray());

    public Task<IReadOnlyList<SumRow>> SumByAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<SumRow>>(Apply(filter).GroupBy(r => (Key(r, grouping), r.Unit, r.Counter))
            .Select(g => new SumRow(g.Key.Item1, g.Key.Unit, g.Key.Counter, g.Count(), g.Sum(r => r.Value), g.Max(r => r.Value))).ToArray());

    public Task<IReadOnlyList<HeatCell>> HeatmapAsync(IndicatorFilter filter, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<HeatCell>>(Apply(filter).GroupBy(r => (r.District ?? "", r.Sector)).Select(g => new HeatCell(g.Key.Item1, g.Key.Sector, g.Count())).ToArray());

    public Task<IReadOnlyList<IndicatorRow>> LargestAmountsAsync(IndicatorFilter filter, int take, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<IndicatorRow>>(Apply(filter).Where(r => r.Unit == CanonicalUnit.Cny).OrderByDescending(r => r.Value).Take(take).ToArray());

    public Task<IReadOnlyList<ChartSeriesData>> CountSeriesAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default) =>
        throw new NotSupportedException("The pages draw from CountByAsync.");

    public Task<IReadOnlyList<ChartSeriesData>> SumSeriesAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default) =>
        throw new NotSupportedException("The pages draw from SumByAsync.");

    public Task<IReadOnlyList<ArticleListItem>> ListArticlesAsync(IndicatorFilter filter, CancellationToken ct = default, int limit = 200)
    {
        if (filter.DocumentId is { } documentId)
        {
            Requests.Add(filter);
            return Task.FromResult<IReadOnlyList<ArticleListItem>>(ArticlesByDocument.GetValueOrDefault(documentId) ?? []);
        }
        if (Articles.Count > 0 || Rows.Count == 0)
        {
            Requests.Add(filter);
            return Task.FromResult<IReadOnlyList<ArticleListItem>>(Articles.Take(limit).ToArray());
        }
        return Task.FromResult<IReadOnlyList<ArticleListItem>>(Apply(filter).GroupBy(r => r.ArticleId)
            .Select(g => new ArticleListItem(g.Key, 1, g.First().ArticleTitle, null, g.First().District, g.First().Sector, g.First().PublishedOn, g.First().Doc, g.Count())).Take(limit).ToArray());
    }

    public Task<ArticleDetail?> GetArticleAsync(int articleId, CancellationToken ct = default) => Task.FromResult(Details.GetValueOrDefault(articleId));

    public Task<ReferenceData> GetReferenceDataAsync(CancellationToken ct = default) => Task.FromResult(Reference);

    private static string Key(IndicatorRow r, IndicatorGrouping grouping) => grouping switch
    {
        IndicatorGrouping.District => r.District ?? "",
        IndicatorGrouping.Sector => r.Sector,
        IndicatorGrouping.Metric => r.Metric,
        IndicatorGrouping.Unit => r.Unit.ToWire(),
        _ => r.PublishedOn?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
