using MetricsDashboard.Extraction.Output;

namespace MetricsDashboard.Extraction.Scoring;

/// <summary>A prediction matched one-to-one to a gold record.</summary>
public sealed record MatchedPair(ScoredPrediction Prediction, GoldRecord Gold);
