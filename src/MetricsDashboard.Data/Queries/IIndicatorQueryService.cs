namespace MetricsDashboard.Data.Queries;

/// <summary>The one read side of the dashboard: every page and download queries through it.</summary>
public interface IIndicatorQueryService
{
    Task<DashboardSummary> GetSummaryAsync(IndicatorFilter filter, CancellationToken ct = default);

    /// <summary>
    /// The summary, counts by area, topic and month, and the heatmap of <paramref name="filter"/>
    /// together (see <see cref="CoverageOverview"/>). What the rollups cannot answer — a text
    /// search, a document or an article — is counted in one pass over the matching rows instead of
    /// one per part.
    /// </summary>
    Task<CoverageOverview> GetCoverageAsync(IndicatorFilter filter, CancellationToken ct = default);

    Task<Page<IndicatorRow>> ListAsync(IndicatorFilter filter, IndicatorSort sort, bool descending, int skip, int take, CancellationToken ct = default);

    /// <summary>Number of indicators matching the filter (answered from the rollups where it can).</summary>
    Task<int> CountAsync(IndicatorFilter filter, CancellationToken ct = default);

    /// <summary>
    /// Rows for downloads, newest publication first, then by id; at most <paramref name="limit"/>.
    /// Streamed from one open query as the caller reads them, so a download of millions of rows
    /// never holds them all in memory.
    /// </summary>
    IAsyncEnumerable<IndicatorRow> StreamAllAsync(IndicatorFilter filter, int limit, CancellationToken ct = default);

    /// <summary>
    /// The distinct articles cited by the rows that <see cref="StreamAllAsync"/> returns for the same
    /// filter and limit, newest first, streamed.
    /// </summary>
    IAsyncEnumerable<CitedArticle> StreamCitedArticlesAsync(IndicatorFilter filter, int limit, CancellationToken ct = default);

    /// <summary>
    /// Indicator counts per group. Keys: <c>yyyy-MM</c> (month), <c>yyyy-Qn</c> (quarter), <c>yyyy</c>
    /// (year), by publication date; time keys ascending (undated indicators left out), others by count descending.
    /// </summary>
    Task<IReadOnlyList<CountRow>> CountByAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default);

    /// <summary>Sums per (group, unit, counter): different units or counters are never summed together.</summary>
    Task<IReadOnlyList<SumRow>> SumByAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default);

    /// <summary>Indicator counts per district × sector (indicators without a district left out).</summary>
    Task<IReadOnlyList<HeatCell>> HeatmapAsync(IndicatorFilter filter, CancellationToken ct = default);

    /// <summary>The largest amounts of money (unit CNY), largest first.</summary>
    Task<IReadOnlyList<IndicatorRow>> LargestAmountsAsync(IndicatorFilter filter, int take, CancellationToken ct = default);

    /// <summary>One series named "indicators" of counts per group.</summary>
    Task<IReadOnlyList<ChartSeriesData>> CountSeriesAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default);

    /// <summary>One series of sums per (unit, counter), all over the same categories.</summary>
    Task<IReadOnlyList<ChartSeriesData>> SumSeriesAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default);

    /// <summary>
    /// Articles having at least one indicator matching the filter (all articles when it is empty),
    /// newest first, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<ArticleListItem>> ListArticlesAsync(IndicatorFilter filter, CancellationToken ct = default, int limit = IndicatorQueryService.DefaultArticleLimit);

    /// <summary>An article with its text and indicators, or null when there is no such article.</summary>
    Task<ArticleDetail?> GetArticleAsync(int articleId, CancellationToken ct = default);

    /// <summary>Areas, sectors, metrics and units for the filter choices.</summary>
    Task<ReferenceData> GetReferenceDataAsync(CancellationToken ct = default);
}
