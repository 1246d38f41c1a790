namespace MetricsDashboard.Data.Queries.Facts;

/// <summary>A named measure of the catalogue with the number of facts stored for it.</summary>
public sealed record MeasureInfo(string Key, string Name, IReadOnlyList<string> Aliases, string? Unit, int FactCount);
