namespace MetricsDashboard.Data.Queries.Facts;

/// <summary>One measure over periods and places: points ordered by period start, then area.</summary>
public sealed record MeasureSeries(MeasureInfo Measure, IReadOnlyList<SeriesPoint> Points);
