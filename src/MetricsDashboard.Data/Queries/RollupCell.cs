using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Queries;

// The common shape of the three rollup tables, so one filter and one GROUP BY serve them all.
// Period is the month (yyyy-MM) or the year (yyyy); District is "" in the district-free table.
internal sealed class RollupCell
{
    public string Period { get; init; } = "";

    public string District { get; init; } = "";

    public string Sector { get; init; } = "";

    public string Metric { get; init; } = "";

    public CanonicalUnit Unit { get; init; }

    public string Counter { get; init; } = "";

    public IndicatorKind Kind { get; init; }

    public int Count { get; init; }

    public double Sum { get; init; }

    public double Max { get; init; }
}
