namespace MetricsDashboard.Data.Queries;

/// <summary>The number of indicators of one group (unit-free). An empty key groups indicators without a value for it (no district).</summary>
public sealed record CountRow(string Key, int Count);
