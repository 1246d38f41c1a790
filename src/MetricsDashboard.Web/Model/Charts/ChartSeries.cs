namespace MetricsDashboard.Web.Model.Charts;

/// <summary>A named series of points; all series of one chart share one unit.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);
