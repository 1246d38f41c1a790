using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Model;

/// <summary>
/// <see cref="IndicatorRollup"/> summed over the months of a year: what unfiltered charts and
/// filters without a date range read (about a twelfth of the month rows).
/// </summary>
public sealed class IndicatorYearRollup
{
    /// <summary><c>yyyy</c>, or empty for undated documents.</summary>
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
