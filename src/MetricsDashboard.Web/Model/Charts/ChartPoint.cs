namespace MetricsDashboard.Web.Model.Charts;

/// <summary>One category and its value. A null value is a gap, not a zero.</summary>
public sealed record ChartPoint(string X, double? Y);
