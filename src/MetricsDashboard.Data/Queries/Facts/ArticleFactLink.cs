namespace MetricsDashboard.Data.Queries.Facts;

/// <summary>
/// How one mention of an article stands among facts: its fact, why it joined it, how many mentions
/// the fact has in all, and the mention it is a part of. Lets the article view explain merges.
/// </summary>
public sealed record ArticleFactLink(long IndicatorId, long FactId, string? MergeReason, bool InHeadline, int FactMentionCount, bool IsSummable, long? PartOfIndicatorId);
