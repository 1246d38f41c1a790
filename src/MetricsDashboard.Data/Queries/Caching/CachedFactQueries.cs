using MetricsDashboard.Data.Queries.Facts;

namespace MetricsDashboard.Data.Queries.Caching;

/// <summary>
/// The fact read side with its totals, measures and series kept in a <see cref="QueryResultCache"/>;
/// single facts, breakdowns and sources are read from the database every time.
/// </summary>
public sealed class CachedFactQueries(FactQueryService inner, QueryResultCache cache) : IFactQueryService
{
    public Task<IReadOnlyList<FactSumRow>> SumByDistrictAsync(IndicatorFilter filter, CancellationToken ct = default) =>
        cache.GetOrLoadAsync((nameof(SumByDistrictAsync), filter), c => inner.SumByDistrictAsync(filter, c), ct);

    public Task<IReadOnlyList<FactPeriodRow>> SumByPeriodAsync(IndicatorFilter filter, CancellationToken ct = default) =>
        cache.GetOrLoadAsync((nameof(SumByPeriodAsync), filter), c => inner.SumByPeriodAsync(filter, c), ct);

    public Task<IReadOnlyList<MeasureInfo>> MeasuresAsync(CancellationToken ct = default) =>
        cache.GetOrLoadAsync(nameof(MeasuresAsync), inner.MeasuresAsync, ct);

    public Task<MeasureSeries?> SeriesAsync(string measure, IndicatorFilter filter, CancellationToken ct = default) =>
        cache.GetOrLoadAsync((nameof(SeriesAsync), measure, filter), c => inner.SeriesAsync(measure, filter, c), ct);

    public Task<FactDetail?> GetFactAsync(long factId, CancellationToken ct = default) => inner.GetFactAsync(factId, ct);

    public Task<FactBreakdown?> BreakdownAsync(long factId, CancellationToken ct = default) => inner.BreakdownAsync(factId, ct);

    public Task<IReadOnlyList<FactView>> ListFactsAsync(IndicatorFilter filter, bool summableOnly, int limit, CancellationToken ct = default) =>
        cache.GetOrLoadAsync((nameof(ListFactsAsync), filter, summableOnly, limit), c => inner.ListFactsAsync(filter, summableOnly, limit, c), ct);

    public Task<IReadOnlyList<FactSource>> SourcesAsync(IReadOnlyCollection<long> factIds, CancellationToken ct = default) => inner.SourcesAsync(factIds, ct);

    public Task<IReadOnlyList<ArticleFactLink>> ArticleFactsAsync(int articleId, CancellationToken ct = default) => inner.ArticleFactsAsync(articleId, ct);
}
