namespace MetricsDashboard.Web.Model.Charts;

/// <summary>
/// A named series of points; all series of one chart share one unit. <paramref name="Key"/> is what
/// the series stands for in a filter (a heatmap row's area), if anything.
/// </summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points, string? Key = null);
