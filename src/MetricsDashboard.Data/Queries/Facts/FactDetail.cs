namespace MetricsDashboard.Data.Queries.Facts;

/// <summary>A fact with all its mentions, the total it is a part of and its own parts.</summary>
public sealed record FactDetail(FactView Fact, IReadOnlyList<FactSource> Mentions, FactView? Total, IReadOnlyList<FactView> Parts);
