using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Queries.Facts;

/// <summary>
/// The columns of a fact that a measure's series reads: its point's key, its value and what decides
/// how a point's facts combine. All of them are in IX_Facts_Measure_Cover, so the series is read from
/// index entries only (the whole fact, with its label and qualifier, is ~5× slower at a million figures).
/// </summary>
internal sealed record SeriesFact(
    long Id, string? District, string Period, string PeriodGrain, CanonicalUnit Unit, string? Counter, IndicatorKind Kind, double Value, bool IsAmount, DateOnly? PublishedOn);
