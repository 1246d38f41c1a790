using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Queries.Facts;

/// <summary>
/// The facts describing one period (not the publication date) added up, per unit, counter and kind.
/// <paramref name="Grain"/> (year, quarter, month, day, cumulative, span) keeps figures to date
/// (1—11月, grain cumulative) apart from monthly and yearly ones: a row never mixes grains.
/// </summary>
public sealed record FactPeriodRow(string Period, string Grain, DateOnly? Start, DateOnly? End, CanonicalUnit Unit, string? Counter, IndicatorKind Kind, int Count, double Value);
