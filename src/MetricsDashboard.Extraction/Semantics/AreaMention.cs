using MetricsDashboard.Extraction.Areas;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>An area named in the text (锦江 → 锦江区) and where.</summary>
internal readonly record struct AreaMention(int Start, int End, Area Area);
