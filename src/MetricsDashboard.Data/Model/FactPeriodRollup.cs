using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Model;

/// <summary>
/// Summable dated facts added up per publication year × described period × sector × metric × unit ×
/// counter × kind: what sums by period read when the filter names no area, text, ids or partial years.
/// </summary>
public sealed class FactPeriodRollup
{
    public required string Year { get; set; }

    public required string Period { get; set; }

    public required string PeriodGrain { get; set; }

    public required string Sector { get; set; }

    public required string Metric { get; set; }

    public required CanonicalUnit Unit { get; set; }

    public required string Counter { get; set; }

    public required IndicatorKind Kind { get; set; }

    public int Count { get; set; }

    public double Sum { get; set; }
}
