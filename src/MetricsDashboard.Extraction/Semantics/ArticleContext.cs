using MetricsDashboard.Extraction.Areas;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>What an article says about all its numbers: main area, sector scores, reporting year.</summary>
internal sealed record ArticleContext(Area? MainArea, double[] SectorScores, string Sector, string? Year);
