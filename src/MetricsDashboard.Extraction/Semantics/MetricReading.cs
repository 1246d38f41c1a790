namespace MetricsDashboard.Extraction.Semantics;

/// <summary>What a quantity measures: its metric category and the phrase of the text that names it.</summary>
internal readonly record struct MetricReading(string Metric, string Label, bool FromKeyword);
