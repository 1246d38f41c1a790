namespace MetricsDashboard.Extraction.Tests;

/// <summary>An expected record of a spec case; <see cref="Kind"/> is checked only when given.</summary>
public sealed record SpecRecord(string Surface, int Start, int End, double Value, double? ValueMax, string Unit, string? Counter, string Qualifier, string? Kind);
