namespace MetricsDashboard.Web.Model.Charts;

/// <summary>
/// One category and its value. A null value is a gap, not a zero. <paramref name="Key"/> is what the
/// category stands for in a filter (a sector key, an area name) when a click on it should filter.
/// </summary>
public sealed record ChartPoint(string X, double? Y, string? Key = null);
