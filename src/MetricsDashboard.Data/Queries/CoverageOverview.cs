namespace MetricsDashboard.Data.Queries;

/// <summary>
/// What the overview shows of the figures a filter selects, read together: the headline counts,
/// counts by area, topic and month, and the area × topic heatmap. Each part equals the answer of
/// its own method (<see cref="IIndicatorQueryService.GetSummaryAsync"/>,
/// <see cref="IIndicatorQueryService.CountByAsync"/>, <see cref="IIndicatorQueryService.HeatmapAsync"/>).
/// </summary>
public sealed record CoverageOverview(
    DashboardSummary Summary,
    IReadOnlyList<CountRow> ByDistrict,
    IReadOnlyList<CountRow> BySector,
    IReadOnlyList<CountRow> ByMonth,
    IReadOnlyList<HeatCell> Heatmap)
{
    /// <summary>Rows held, for the query cache's weighing.</summary>
    public int RowCount => ByDistrict.Count + BySector.Count + ByMonth.Count + Heatmap.Count;
}
