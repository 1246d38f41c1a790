namespace MetricsDashboard.Data.Queries;

// The shape rollup rows are projected to before GROUP BY, so one query serves all groupings.
internal sealed class RollupValue
{
    public string Key { get; init; } = "";

    public string Unit { get; init; } = "";

    public string Counter { get; init; } = "";

    public int Count { get; init; }

    public double Sum { get; init; }

    public double Max { get; init; }
}
