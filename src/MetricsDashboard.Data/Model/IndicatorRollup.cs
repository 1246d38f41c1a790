using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Model;

/// <summary>
/// Count, sum and maximum of the indicators sharing month, district, sector, metric, unit, counter
/// and kind: the dashboard's charts read these instead of scanning every indicator. Kept in step
/// with the Indicators table by the importer, in the same transaction. Empty strings stand for
/// "none" (undated, no district, no counter) so that the key is a plain primary key.
/// </summary>
public sealed class IndicatorRollup
{
    /// <summary><c>yyyy-MM</c> of the publication date, or empty for undated documents.</summary>
    public required string Month { get; set; }

    /// <summary>Canonical area name, or empty.</summary>
    public required string District { get; set; }

    public required string Sector { get; set; }

    public required string Metric { get; set; }

    public required CanonicalUnit Unit { get; set; }

    /// <summary>Measure word, or empty.</summary>
    public required string Counter { get; set; }

    public required IndicatorKind Kind { get; set; }

    public int Count { get; set; }

    public double Sum { get; set; }

    public double Max { get; set; }
}
