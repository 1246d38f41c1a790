namespace MetricsDashboard.Data.Review;

/// <summary>What a review action did: the decision recorded and the id the figure has after its document was stored again (null when excluded or not found).</summary>
public sealed record ReviewOutcome(long DecisionId, long? IndicatorId, string Status);
