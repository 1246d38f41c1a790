using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Queries;

/// <summary>One chart series: values aligned with categories, in one unit and counter (null for counts of indicators).</summary>
public sealed record ChartSeriesData(string Name, CanonicalUnit? Unit, string? Counter, IReadOnlyList<string> Categories, IReadOnlyList<double> Values);
