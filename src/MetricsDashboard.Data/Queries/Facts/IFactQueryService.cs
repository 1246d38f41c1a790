namespace MetricsDashboard.Data.Queries.Facts;

/// <summary>
/// The read side over facts: what totals, time charts, series and their downloads add up. Filters
/// are the dashboard's <see cref="IndicatorFilter"/>: areas, sectors, metrics, units, kinds, text on
/// the label, and publication dates (a fact's earliest mention).
/// </summary>
public interface IFactQueryService
{
    /// <summary>Summable facts (amounts that are no part of another) added up per area, unit, counter and kind.</summary>
    Task<IReadOnlyList<FactSumRow>> SumByDistrictAsync(IndicatorFilter filter, CancellationToken ct = default);

    /// <summary>Summable facts added up per described period (and its grain), unit, counter and kind; undated facts left out.</summary>
    Task<IReadOnlyList<FactPeriodRow>> SumByPeriodAsync(IndicatorFilter filter, CancellationToken ct = default);

    /// <summary>The catalogue of named measures, each with its number of facts.</summary>
    Task<IReadOnlyList<MeasureInfo>> MeasuresAsync(CancellationToken ct = default);

    /// <summary>One measure over periods and areas; kind actual unless the filter names kinds. Null for an unknown measure.</summary>
    Task<MeasureSeries?> SeriesAsync(string measure, IndicatorFilter filter, CancellationToken ct = default);

    /// <summary>A fact with its mentions, its total and its parts; null when there is no such fact.</summary>
    Task<FactDetail?> GetFactAsync(long factId, CancellationToken ct = default);

    /// <summary>A total with its parts; null when there is no such fact.</summary>
    Task<FactBreakdown?> BreakdownAsync(long factId, CancellationToken ct = default);

    /// <summary>Facts under the filter (summable ones only when <paramref name="summableOnly"/>), largest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<FactView>> ListFactsAsync(IndicatorFilter filter, bool summableOnly, int limit, CancellationToken ct = default);

    /// <summary>The mentions of the given facts, as sources, by fact then document order.</summary>
    Task<IReadOnlyList<FactSource>> SourcesAsync(IReadOnlyCollection<long> factIds, CancellationToken ct = default);

    /// <summary>The fact of each mention of an article, with the reason it was merged.</summary>
    Task<IReadOnlyList<ArticleFactLink>> ArticleFactsAsync(int articleId, CancellationToken ct = default);
}
