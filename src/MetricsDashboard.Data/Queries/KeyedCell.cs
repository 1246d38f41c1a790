using MetricsDashboard.Extraction.Model;
namespace MetricsDashboard.Data.Queries;

// A rollup cell reduced to its grouping key, ready for GROUP BY key, unit, counter.
internal sealed class KeyedCell
{
    public string Key { get; init; } = "";

    public CanonicalUnit Unit { get; init; }

    public string Counter { get; init; } = "";

    public int Count { get; init; }

    public double Sum { get; init; }

    public double Max { get; init; }
}
