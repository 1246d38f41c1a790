using MetricsDashboard.Extraction.Areas;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>What an article says about all its numbers: main area, sector scores, reporting period (a year, or the month of a scheduled event).</summary>
internal sealed record ArticleContext(Area? MainArea, double[] SectorScores, string Sector, string? Period);
