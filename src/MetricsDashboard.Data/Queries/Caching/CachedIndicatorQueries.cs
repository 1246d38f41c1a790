namespace MetricsDashboard.Data.Queries.Caching;

/// <summary>
/// The indicator read side with its aggregate answers (summaries, counts, sums, charts, reference
/// data) kept in a <see cref="QueryResultCache"/>. Pages of rows, downloads (streamed) and single
/// articles are read from the database every time: they are already quick, or too large to keep.
/// </summary>
public sealed class CachedIndicatorQueries(IndicatorQueryService inner, QueryResultCache cache) : IIndicatorQueryService
{
    public Task<DashboardSummary> GetSummaryAsync(IndicatorFilter filter, CancellationToken ct = default) =>
        cache.GetOrLoadAsync((nameof(GetSummaryAsync), filter), c => inner.GetSummaryAsync(filter, c), ct);

    public Task<CoverageOverview> GetCoverageAsync(IndicatorFilter filter, CancellationToken ct = default) =>
        cache.GetOrLoadAsync((nameof(GetCoverageAsync), filter), c => inner.GetCoverageAsync(filter, c), ct);

    public Task<Page<IndicatorRow>> ListAsync(IndicatorFilter filter, IndicatorSort sort, bool descending, int skip, int take, CancellationToken ct = default) =>
        inner.ListAsync(filter, sort, descending, skip, take, ct);

    public Task<int> CountAsync(IndicatorFilter filter, CancellationToken ct = default) =>
        cache.GetOrLoadAsync((nameof(CountAsync), filter), c => inner.CountAsync(filter, c), ct);

    public IAsyncEnumerable<IndicatorRow> StreamAllAsync(IndicatorFilter filter, int limit, CancellationToken ct = default) =>
        inner.StreamAllAsync(filter, limit, ct);

    public IAsyncEnumerable<CitedArticle> StreamCitedArticlesAsync(IndicatorFilter filter, int limit, CancellationToken ct = default) =>
        inner.StreamCitedArticlesAsync(filter, limit, ct);

    public Task<IReadOnlyList<CountRow>> CountByAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default) =>
        cache.GetOrLoadAsync((nameof(CountByAsync), filter, grouping), c => inner.CountByAsync(filter, grouping, c), ct);

    public Task<IReadOnlyList<SumRow>> SumByAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default) =>
        cache.GetOrLoadAsync((nameof(SumByAsync), filter, grouping), c => inner.SumByAsync(filter, grouping, c), ct);

    public Task<IReadOnlyList<HeatCell>> HeatmapAsync(IndicatorFilter filter, CancellationToken ct = default) =>
        cache.GetOrLoadAsync((nameof(HeatmapAsync), filter), c => inner.HeatmapAsync(filter, c), ct);

    public Task<IReadOnlyList<IndicatorRow>> LargestAmountsAsync(IndicatorFilter filter, int take, CancellationToken ct = default) =>
        cache.GetOrLoadAsync((nameof(LargestAmountsAsync), filter, take), c => inner.LargestAmountsAsync(filter, take, c), ct);

    public Task<IReadOnlyList<ChartSeriesData>> CountSeriesAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default) =>
        cache.GetOrLoadAsync((nameof(CountSeriesAsync), filter, grouping), c => inner.CountSeriesAsync(filter, grouping, c), ct);

    public Task<IReadOnlyList<ChartSeriesData>> SumSeriesAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default) =>
        cache.GetOrLoadAsync((nameof(SumSeriesAsync), filter, grouping), c => inner.SumSeriesAsync(filter, grouping, c), ct);

    public Task<IReadOnlyList<ArticleListItem>> ListArticlesAsync(IndicatorFilter filter, CancellationToken ct = default, int limit = IndicatorQueryService.DefaultArticleLimit) =>
        cache.GetOrLoadAsync((nameof(ListArticlesAsync), filter, limit), c => inner.ListArticlesAsync(filter, c, limit), ct);

    public Task<ArticleDetail?> GetArticleAsync(int articleId, CancellationToken ct = default) =>
        inner.GetArticleAsync(articleId, ct);

    public Task<ReferenceData> GetReferenceDataAsync(CancellationToken ct = default) =>
        cache.GetOrLoadAsync(nameof(GetReferenceDataAsync), inner.GetReferenceDataAsync, ct);
}
