using MetricsDashboard.Data.Queries;

namespace MetricsDashboard.Web.Model.Articles;

/// <summary>
/// Cuts an article's text into paragraphs of <see cref="ArticleTextSegment"/>s so that a page can
/// mark every extracted number and the focused sentence with ordinary, HTML-encoded text nodes.
/// Indicator offsets are into the document's normalised text; the article's text starts at
/// <see cref="ArticleDetail.TextOffset"/> in it.
/// </summary>
public static class ArticleTextLayout
{
    /// <summary>Paragraphs (split on line breaks, blank lines dropped) of the article's segments.</summary>
    /// <param name="article">The article with its text and indicators.</param>
    /// <param name="focusIndicatorId">The indicator whose sentence is highlighted, if any.</param>
    public static IReadOnlyList<IReadOnlyList<ArticleTextSegment>> Build(ArticleDetail article, long? focusIndicatorId)
    {
        var text = article.Text;
        // Per character: which indicator's number it belongs to (marks never overlap: the first wins).
        var owner = new IndicatorRow?[text.Length];
        foreach (var indicator in article.Indicators.OrderBy(i => i.Start).ThenBy(i => i.Id))
        {
            var start = Math.Clamp(indicator.Start - article.TextOffset, 0, text.Length);
            var end = Math.Clamp(indicator.End - article.TextOffset, start, text.Length);
            if (Enumerable.Range(start, end - start).Any(i => owner[i] is not null))
            {
                continue;
            }
            for (var i = start; i < end; i++)
            {
                owner[i] = indicator;
            }
        }

        var focused = article.Indicators.FirstOrDefault(i => i.Id == focusIndicatorId);
        var (focusStart, focusEnd) = focused is null ? (0, 0) : SentenceRange(article, focused);

        var paragraphs = new List<IReadOnlyList<ArticleTextSegment>>();
        var current = new List<ArticleTextSegment>();
        var started = new HashSet<long>();
        var runStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var isBreak = !atEnd && text[i] == '\n';
            var boundary = atEnd || isBreak
                || (i > runStart && (!ReferenceEquals(owner[i], owner[runStart]) || InRange(i, focusStart, focusEnd) != InRange(runStart, focusStart, focusEnd)));
            if (!boundary)
            {
                continue;
            }
            if (i > runStart)
            {
                var indicator = owner[runStart];
                var first = indicator is not null && started.Add(indicator.Id);
                current.Add(new ArticleTextSegment(text[runStart..i], indicator, InRange(runStart, focusStart, focusEnd), first));
            }
            runStart = isBreak ? i + 1 : i;
            if (atEnd || isBreak)
            {
                // A line of only white space is a blank line, not a paragraph.
                if (current.Any(s => !string.IsNullOrWhiteSpace(s.Text)))
                {
                    paragraphs.Add(current);
                }
                current = [];
            }
        }
        return paragraphs;
    }

    // The sentence where the extractor says it is; else where its text is found; else the number alone.
    private static (int Start, int End) SentenceRange(ArticleDetail article, IndicatorRow indicator)
    {
        var text = article.Text;
        var sentence = indicator.Sentence;
        if (sentence.Length > 0)
        {
            var start = indicator.SentenceStart - article.TextOffset;
            if (start >= 0 && start + sentence.Length <= text.Length && string.CompareOrdinal(text, start, sentence, 0, sentence.Length) == 0)
            {
                return (start, start + sentence.Length);
            }
            var found = text.IndexOf(sentence, StringComparison.Ordinal);
            if (found >= 0)
            {
                return (found, found + sentence.Length);
            }
        }
        var numberStart = Math.Clamp(indicator.Start - article.TextOffset, 0, text.Length);
        return (numberStart, Math.Clamp(indicator.End - article.TextOffset, numberStart, text.Length));
    }

    private static bool InRange(int index, int start, int end) => index >= start && index < end;
}
