using MetricsDashboard.Data.Queries;

namespace MetricsDashboard.Web.Tests.Components.Fakes;

/// <summary>A query service holding a few articles in memory; records the filters it was asked for.</summary>
public sealed class FakeArticleQueries : IIndicatorQueryService
{
    public List<ArticleListItem> Articles { get; } = [];

    public Dictionary<int, ArticleDetail> Details { get; } = [];

    /// <summary>Articles returned for a document-id filter (the import report's links).</summary>
    public Dictionary<int, List<ArticleListItem>> ArticlesByDocument { get; } = [];

    public List<IndicatorFilter> ArticleFilters { get; } = [];

    public ReferenceData Reference { get; set; } = new(
        [new AreaInfo("成都市", "city", "四川省"), new AreaInfo("锦江区", "district", "成都市")],
        [new KeyName("consumption_commerce", "消费与商贸", "Consumption and commerce"), new KeyName("public_safety", "公共安全", "Public safety")],
        [new KeyName("retail_sales", "社会消费品零售总额", "Retail sales"), new KeyName("cases", "案件", "Cases")],
        ["CNY", "count"]);

    public Task<IReadOnlyList<ArticleListItem>> ListArticlesAsync(IndicatorFilter filter, CancellationToken ct = default, int limit = IndicatorQueryService.DefaultArticleLimit)
    {
        ArticleFilters.Add(filter);
        IReadOnlyList<ArticleListItem> result = filter.DocumentId is { } id
            ? ArticlesByDocument.GetValueOrDefault(id) ?? []
            : Articles.Take(limit).ToList();
        return Task.FromResult(result);
    }

    public Task<ArticleDetail?> GetArticleAsync(int articleId, CancellationToken ct = default) =>
        Task.FromResult(Details.GetValueOrDefault(articleId));

    public Task<ReferenceData> GetReferenceDataAsync(CancellationToken ct = default) => Task.FromResult(Reference);

    public Task<DashboardSummary> GetSummaryAsync(IndicatorFilter filter, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<Page<IndicatorRow>> ListAsync(IndicatorFilter filter, IndicatorSort sort, bool descending, int skip, int take, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<IndicatorRow>> ListAllAsync(IndicatorFilter filter, int limit, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<CountRow>> CountByAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<SumRow>> SumByAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<HeatCell>> HeatmapAsync(IndicatorFilter filter, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<IndicatorRow>> LargestAmountsAsync(IndicatorFilter filter, int take, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<ChartSeriesData>> CountSeriesAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<ChartSeriesData>> SumSeriesAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default) => throw new NotSupportedException();
}
