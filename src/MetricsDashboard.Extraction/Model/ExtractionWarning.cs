namespace MetricsDashboard.Extraction.Model;

/// <summary>Something the extractor noticed but could work around (e.g. a lossy decode).</summary>
public sealed record ExtractionWarning(string Code, string Message, int? Offset = null);
