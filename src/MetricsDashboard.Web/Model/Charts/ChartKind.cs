namespace MetricsDashboard.Web.Model.Charts;

/// <summary>The chart types the dashboard draws; each maps to an ApexCharts <c>chart.type</c>.</summary>
public enum ChartKind
{
    Bar,
    HorizontalBar,
    Line,
    Area,
    Donut,
    Treemap,
}
