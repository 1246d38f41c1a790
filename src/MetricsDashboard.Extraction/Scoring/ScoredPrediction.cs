namespace MetricsDashboard.Extraction.Scoring;

/// <summary>A prediction in the scorer's terms: the contract fields that gold records also have.</summary>
/// <param name="Doc">Source file name.</param>
/// <param name="Surface">The number with its unit as in the normalised text.</param>
/// <param name="Start">Offset in the normalised text (orders predictions for nearest matching).</param>
/// <param name="Value">Value in the canonical unit.</param>
/// <param name="Unit">Canonical unit code.</param>
/// <param name="Metric">Metric category key.</param>
/// <param name="District">Canonical area name or null.</param>
/// <param name="Sector">Sector key.</param>
/// <param name="Period">Period or null.</param>
public sealed record ScoredPrediction(string Doc, string Surface, int Start, double Value, string Unit, string Metric, string? District, string Sector, string? Period);
