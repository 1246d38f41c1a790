using MetricsDashboard.Extraction.Output;

namespace MetricsDashboard.Extraction.Scoring;

/// <summary>A prediction matched one-to-one to a gold record.</summary>
/// <param name="Prediction">The prediction.</param>
/// <param name="Gold">The gold record it matched.</param>
public sealed record MatchedPair(ScoredPrediction Prediction, GoldRecord Gold);
