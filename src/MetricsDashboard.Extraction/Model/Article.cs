namespace MetricsDashboard.Extraction.Model;

/// <summary>
/// One article of a newspaper page: its headline and byline when the page shows them, its span
/// in the normalised text, and the area it is mainly about (the fallback district of its numbers).
/// </summary>
public sealed record Article(int Index, string? Title, string? Byline, int Start, int End, string? District, string? Sector);
