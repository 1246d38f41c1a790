using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Queries.Facts;

/// <summary>
/// One point of a measure's series: an area in a period. Amounts add their facts; a rate or other
/// non-additive figure takes its latest reported fact. <paramref name="FactIds"/> open the sources.
/// </summary>
public sealed record SeriesPoint(string? District, string Period, string Grain, DateOnly? Start, CanonicalUnit Unit, string? Counter, IndicatorKind Kind, double Value, IReadOnlyList<long> FactIds);
