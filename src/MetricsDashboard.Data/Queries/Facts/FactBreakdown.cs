namespace MetricsDashboard.Data.Queries.Facts;

/// <summary>
/// A total and the facts given as its parts (其中 …), chartable on their own. <paramref name="Unexplained"/>
/// is what the parts leave of the total (0 when they add up to it).
/// </summary>
public sealed record FactBreakdown(FactView Total, IReadOnlyList<FactView> Parts, double PartsSum, double Unexplained);
