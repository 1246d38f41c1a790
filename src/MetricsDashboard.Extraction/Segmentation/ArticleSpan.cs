namespace MetricsDashboard.Extraction.Segmentation;

/// <summary>An article as the segmenter finds it: lines, headline, byline; meaning comes later.</summary>
internal sealed record ArticleSpan(int Index, int FirstLine, int LastLine, int Start, int End, string? Title, string? Byline)
{
    /// <summary>Index of the first line that is neither headline nor byline (the lead paragraph), or -1.</summary>
    public int LeadLine { get; init; } = -1;
}
