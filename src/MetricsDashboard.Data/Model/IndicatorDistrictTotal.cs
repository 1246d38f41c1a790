using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Model;

/// <summary>
/// <see cref="IndicatorYearRollup"/> summed over all years: what area charts, the heatmap and the
/// summary read when the filter has no date range.
/// </summary>
public sealed class IndicatorDistrictTotal
{
    /// <summary>Canonical area name, or empty.</summary>
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
