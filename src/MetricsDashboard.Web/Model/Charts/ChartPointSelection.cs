namespace MetricsDashboard.Web.Model.Charts;

/// <summary>A bar, slice or cell the user clicked: its series and point, with their filter keys.</summary>
public sealed record ChartPointSelection(ChartSeries Series, ChartPoint Point);
