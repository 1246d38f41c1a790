using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Queries;

// One (key, unit, counter) group: the common result of rollup and raw aggregation. Key is "" for
// "none" (no district); time groupings carry the month key,
// the unit grouping the unit's wire name.
internal sealed record AggregateRow(string Key, CanonicalUnit Unit, string? Counter, int Count, double Sum, double Max);
