using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Model;

/// <summary>
/// Summable facts added up per publication year × area × sector × metric × unit × counter × kind:
/// what sums by area read when the filter has no text, ids or partial years. Empty strings stand
/// for no year, no area and no counter.
/// </summary>
public sealed class FactDistrictRollup
{
    public required string Year { get; set; }

    public required string District { get; set; }

    public required string Sector { get; set; }

    public required string Metric { get; set; }

    public required CanonicalUnit Unit { get; set; }

    public required string Counter { get; set; }

    public required IndicatorKind Kind { get; set; }

    public int Count { get; set; }

    public double Sum { get; set; }

    public double Max { get; set; }
}
