using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Queries.Facts;

namespace MetricsDashboard.Web.Tests.Support;

/// <summary>
/// Facts over a <see cref="FakeQueryService"/>: each of its rows is a fact of one mention, so page
/// tests that fill the fake's rows see the same figures in the fact charts.
/// </summary>
public sealed class FakeFactQueryService(FakeQueryService rows) : IFactQueryService
{
    private async Task<IReadOnlyList<IndicatorRow>> RowsAsync(IndicatorFilter filter, CancellationToken ct) =>
        await rows.StreamAllAsync(filter, int.MaxValue, ct).ToListAsync(ct);

    public async Task<IReadOnlyList<FactSumRow>> SumByDistrictAsync(IndicatorFilter filter, CancellationToken ct = default) =>
        (await RowsAsync(filter, ct)).GroupBy(r => (r.District, r.Unit, r.Counter, r.Kind))
            .Select(g => new FactSumRow(g.Key.District, g.Key.Unit, g.Key.Counter, g.Key.Kind, g.Count(), g.Sum(r => r.Value), g.Max(r => r.Value)))
            .ToArray();

    public async Task<IReadOnlyList<FactPeriodRow>> SumByPeriodAsync(IndicatorFilter filter, CancellationToken ct = default) =>
        (await RowsAsync(filter, ct)).Where(r => r.Period is not null).GroupBy(r => (Period: r.Period!, r.Unit, r.Counter, r.Kind))
            .Select(g => new FactPeriodRow(g.Key.Period, "month", null, null, g.Key.Unit, g.Key.Counter, g.Key.Kind, g.Count(), g.Sum(r => r.Value)))
            .ToArray();

    public Task<IReadOnlyList<MeasureInfo>> MeasuresAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<MeasureInfo>>([]);

    public Task<MeasureSeries?> SeriesAsync(string measure, IndicatorFilter filter, CancellationToken ct = default) => Task.FromResult<MeasureSeries?>(null);

    public Task<FactDetail?> GetFactAsync(long factId, CancellationToken ct = default) => Task.FromResult<FactDetail?>(null);

    public Task<FactBreakdown?> BreakdownAsync(long factId, CancellationToken ct = default) => Task.FromResult<FactBreakdown?>(null);

    public Task<IReadOnlyList<FactView>> ListFactsAsync(IndicatorFilter filter, bool summableOnly, int limit, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<FactView>>([]);

    public Task<IReadOnlyList<FactSource>> SourcesAsync(IReadOnlyCollection<long> factIds, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<FactSource>>([]);

    public Task<IReadOnlyList<ArticleFactLink>> ArticleFactsAsync(int articleId, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<ArticleFactLink>>([]);
}
