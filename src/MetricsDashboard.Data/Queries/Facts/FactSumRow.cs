using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Queries.Facts;

/// <summary>
/// The facts of one area, unit, counter and kind added up: kinds and units are never mixed in a row.
/// <paramref name="District"/> is null for facts that name no area.
/// </summary>
public sealed record FactSumRow(string? District, CanonicalUnit Unit, string? Counter, IndicatorKind Kind, int Count, double Value, double Max);
