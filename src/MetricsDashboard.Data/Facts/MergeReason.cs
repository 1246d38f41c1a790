namespace MetricsDashboard.Data.Facts;

/// <summary>Why a mention belongs to its fact; stored on the mention, shown in the fact's sources.</summary>
public static class MergeReason
{
    /// <summary>The first mention of the figure (for a new fact).</summary>
    public const string FirstReport = "first_report";

    /// <summary>Same metric, area, period, kind, unit, counter and value (±0.5%) as another mention of the same article.</summary>
    public const string SameFigure = "same_figure";

    /// <summary>A headline repeating a body figure of its article (same value, unit and counter): the body's reading wins.</summary>
    public const string HeadlineRepeat = "headline_repeat";

    /// <summary>The same figure reported by another article.</summary>
    public const string CrossArticle = "cross_article";

    /// <summary>A reviewer split the mention off the fact it was merged into: it stands alone, whatever it reads.</summary>
    public const string ReviewSplit = "review_split";
}
