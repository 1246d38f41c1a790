using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Import;

/// <summary>
/// Which mentions stand in their article's headline. A headline repeats a body figure with a coarser
/// reading, so grouping into facts lets the body's reading win; it needs to know which is which.
/// </summary>
public static class HeadlineMentions
{
    /// <summary>Whether <paramref name="indicator"/> lies inside the headline of <paramref name="article"/>.</summary>
    public static bool IsInHeadline(Indicator indicator, Article? article, string normalisedText)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(normalisedText);
        if (article?.Title is not { Length: > 0 } title || article.Start < 0 || article.Start > normalisedText.Length)
        {
            return false;
        }
        // The title is a line of the normalised text at the top of its article.
        var at = normalisedText.IndexOf(title, article.Start, StringComparison.Ordinal);
        return at >= 0 && at < article.End && indicator.Start >= at && indicator.End <= at + title.Length;
    }
}
