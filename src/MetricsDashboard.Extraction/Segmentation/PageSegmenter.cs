using System.Text.RegularExpressions;
using MetricsDashboard.Extraction.Lexicons;
using MetricsDashboard.Extraction.Normalisation;

namespace MetricsDashboard.Extraction.Segmentation;

/// <summary>
/// Splits a newspaper page into articles and sentences. In this paper a byline (成都日报锦观新闻记者 …)
/// or photo credit closes an article; 本报讯 / 紧接01版 / □本报记者 open one, and so does a dated
/// lead (12月26日，… / 昨日，…) right under a headline. Headlines right before an opener go with
/// the article they announce; subheads and stray headlines inside a body stay in it.
/// </summary>
internal static partial class PageSegmenter
{
    private enum LineKind { Body, Headline, Byline }

    public static (List<ArticleSpan> Articles, List<SentenceSpan> Sentences) Segment(NormalisedText normalised, Lexicon lexicon)
    {
        var text = normalised.Text;
        var lines = normalised.Lines;
        var kinds = new LineKind[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            var line = Line(text, lines[i]);
            kinds[i] = LineShapes.IsByline(line) ? LineKind.Byline : LineShapes.IsHeadline(line) ? LineKind.Headline : LineKind.Body;
        }

        var articles = new List<ArticleSpan>();
        int first = 0;
        bool hasBody = false;
        string? openingByline = null;

        void Close(int last, string? byline)
        {
            if (last < first) { return; }
            string? title = null;
            int lead = -1;
            for (int i = first; i <= last; i++)
            {
                if (kinds[i] == LineKind.Headline) { title ??= Line(text, lines[i]).ToString(); }
                else if (kinds[i] == LineKind.Body && lead < 0) { lead = i; }
            }
            articles.Add(new ArticleSpan(articles.Count, first, last, lines[first].Start, lines[last].End, title, byline ?? openingByline) { LeadLine = lead });
            first = last + 1;
            hasBody = false;
            openingByline = null;
        }

        // Closes the current article before line i and the headlines right above it.
        void SplitBefore(int i)
        {
            int split = i;
            while (split - 1 >= first && kinds[split - 1] == LineKind.Headline) { split--; }
            // A headline with a comma in its subtitle (3000万元成都消费券活动 12日开启 无需领券,付款…)
            // right above an opener still heads the new article, not the end of the old one.
            if (split == i && split - 1 > first && LineShapes.IsHeadlineWithComma(Line(text, lines[split - 1])))
            {
                split--;
                kinds[split] = LineKind.Headline;
            }
            if (split > first) { Close(split - 1, null); }
        }

        for (int i = 0; i < lines.Count; i++)
        {
            var line = Line(text, lines[i]);
            if (kinds[i] == LineKind.Byline && line.StartsWith("□", StringComparison.Ordinal))
            {
                // □本报记者 … stands under the headline: it opens its article instead of closing one.
                if (hasBody) { SplitBefore(i); }
                openingByline = line.ToString();
                continue;
            }
            if (kinds[i] == LineKind.Byline)
            {
                Close(i, line.ToString());
                continue;
            }
            if (kinds[i] == LineKind.Headline) { continue; }
            // A dated lead (12月26日，…) opens a new story only right under a headline: mid-story
            // paragraphs start with dates too.
            bool datedLeadUnderHeadline = i > first && kinds[i - 1] == LineKind.Headline && IsDatedLead(line, lexicon);
            if (hasBody && (LineShapes.OpensArticle(line) || datedLeadUnderHeadline)) { SplitBefore(i); }
            hasBody = true;
            int trailing = LineShapes.TrailingBylineStart(line);
            if (trailing >= 0) { Close(i, line[trailing..].ToString()); }
        }
        Close(lines.Count - 1, null);

        var sentences = new List<SentenceSpan>(lines.Count * 4);
        foreach (var article in articles)
        {
            for (int li = article.FirstLine; li <= article.LastLine; li++)
            {
                SplitSentences(text, lines[li], li, article.Index, sentences);
            }
        }
        return (articles, sentences);
    }

    private const int MaxSentence = 400;

    private static int LastClauseBreak(string text, int start, int end)
    {
        for (int i = end - 1; i > start + MaxSentence / 2; i--)
        {
            if (text[i] is '，' or '、' or ',' or ' ') { return i + 1; }
        }
        return end;
    }

    private static ReadOnlySpan<char> Line(string text, TextLine line) => text.AsSpan(line.Start, line.End - line.Start);

    /// <summary>A news lead opening on its date: 12月26日，… 7日，… 昨日，…</summary>
    private static bool IsDatedLead(ReadOnlySpan<char> line, Lexicon lexicon) =>
        DatedLead().IsMatch(line) || lexicon.DateLeads.TryMatchAt(line, 0, out _, out _);

    /// <summary>A lead dated by month and day: 12月26日， or 1月2日上午， (not 2024年12月31日, a date inside a story).</summary>
    [GeneratedRegex(@"^(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚)?，", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 200)]
    private static partial Regex DatedLead();

    private static void SplitSentences(string text, TextLine line, int lineIndex, int articleIndex, List<SentenceSpan> sentences)
    {
        int start = line.Start;
        int i = line.Start;
        while (i < line.End)
        {
            if (i - start >= MaxSentence)
            {
                // A run-on line (a table, a list without full stops) is cut at its last clause break so
                // that every look-back of the semantics stays bounded.
                int cut = LastClauseBreak(text, start, i);
                sentences.Add(new SentenceSpan(start, cut, lineIndex, articleIndex));
                start = cut;
                continue;
            }
            // The next sentence end before the run-on limit, found many characters at a time.
            int stop = Math.Min(line.End, start + MaxSentence);
            int found = text.AsSpan(i, stop - i).IndexOfAny(CjkText.SentenceEnds);
            if (found < 0)
            {
                i = stop;
                continue;
            }
            int end = i + found + 1;
            // The closing quote or bracket after a full stop belongs to the sentence it closes.
            while (end < line.End && text[end] is '”' or '’' or '）' or ')') { end++; }
            sentences.Add(new SentenceSpan(start, end, lineIndex, articleIndex));
            start = end;
            i = end;
        }
        if (start < line.End) { sentences.Add(new SentenceSpan(start, line.End, lineIndex, articleIndex)); }
    }
}
