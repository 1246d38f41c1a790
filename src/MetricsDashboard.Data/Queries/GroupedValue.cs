using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Queries;

// The shape every grouping query projects to before GROUP BY, so one query serves all groupings.
internal sealed class GroupedValue
{
    public string? Key { get; init; }

    public CanonicalUnit Unit { get; init; }

    public string? Counter { get; init; }

    public double Value { get; init; }
}
