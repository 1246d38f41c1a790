namespace MetricsDashboard.Extraction.Segmentation;

/// <summary>A sentence of the normalised text: its span, its line (paragraph) and its article.</summary>
internal readonly record struct SentenceSpan(int Start, int End, int LineIndex, int ArticleIndex);
