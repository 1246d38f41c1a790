using MetricsDashboard.Extraction.Normalisation;

namespace MetricsDashboard.Extraction.Segmentation;

/// <summary>
/// Splits a newspaper page into articles and sentences. In this paper a byline (成都日报锦观新闻记者 …)
/// or photo credit closes an article, and 本报讯 / 紧接01版 / □本报记者 open one; headlines before a
/// body belong to the article that follows, subheads and stray headlines inside a body stay in it.
/// </summary>
internal static class PageSegmenter
{
    public static (List<ArticleSpan> Articles, List<SentenceSpan> Sentences) Segment(NormalisedText normalised)
    {
        var text = normalised.Text;
        var lines = normalised.Lines;
        var articles = new List<ArticleSpan>();
        int first = 0;
        bool hasBody = false;
        string? title = null;
        int lead = -1;

        void Close(int last, string? byline)
        {
            if (last < first) { return; }
            articles.Add(new ArticleSpan(articles.Count, first, last, lines[first].Start, lines[last].End, title, byline) { LeadLine = lead });
            first = last + 1;
            hasBody = false;
            title = null;
            lead = -1;
        }

        for (int i = 0; i < lines.Count; i++)
        {
            var line = text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start);
            if (LineShapes.OpensArticle(line) && hasBody) { Close(i - 1, null); }
            if (LineShapes.IsByline(line))
            {
                Close(i, line.ToString());
                continue;
            }
            if (LineShapes.IsHeadline(line))
            {
                title ??= line.ToString();
                continue;
            }
            hasBody = true;
            if (lead < 0) { lead = i; }
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

    private static void SplitSentences(string text, TextLine line, int lineIndex, int articleIndex, List<SentenceSpan> sentences)
    {
        int start = line.Start;
        int i = line.Start;
        while (i < line.End)
        {
            if (CjkText.IsSentenceEnd(text[i]))
            {
                int end = i + 1;
                // The closing quote or bracket after a full stop belongs to the sentence it closes.
                while (end < line.End && text[end] is '”' or '’' or '）' or ')') { end++; }
                sentences.Add(new SentenceSpan(start, end, lineIndex, articleIndex));
                start = end;
                i = end;
                continue;
            }
            i++;
        }
        if (start < line.End) { sentences.Add(new SentenceSpan(start, line.End, lineIndex, articleIndex)); }
    }
}
