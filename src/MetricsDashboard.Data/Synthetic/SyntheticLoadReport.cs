namespace MetricsDashboard.Data.Synthetic;

/// <summary>What a synthetic load took: the mentions (rows, indexes, rollups), then the facts grouped over them (and ANALYZE).</summary>
public sealed record SyntheticLoadReport(TimeSpan Mentions, TimeSpan Facts, int FactsMade);
