namespace MetricsDashboard.Extraction.Scoring;

/// <summary>A prediction in the scorer's terms: the contract fields that gold records also have.</summary>
public sealed record ScoredPrediction(string Doc, string Surface, int Start, double Value, string Unit, string Metric, string? District, string Sector, string? Period);
