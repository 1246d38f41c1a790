using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Model;

/// <summary>
/// <see cref="IndicatorRollup"/> summed over districts: what time series and date-range filters
/// without an area read.
/// </summary>
public sealed class IndicatorMonthTotal
{
    /// <summary><c>yyyy-MM</c>, or empty for undated documents.</summary>
    public required string Month { get; set; }

    public required string Sector { get; set; }

    public required string Metric { get; set; }

    public required CanonicalUnit Unit { get; set; }

    public required string Counter { get; set; }

    public required IndicatorKind Kind { get; set; }

    public int Count { get; set; }

    public double Sum { get; set; }

    public double Max { get; set; }
}
