using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Queries;

/// <summary>Count, sum and maximum of the values of one group in one unit and counter: different units are never summed together.</summary>
public sealed record SumRow(string Key, CanonicalUnit Unit, string? Counter, int Count, double Sum, double Max);
