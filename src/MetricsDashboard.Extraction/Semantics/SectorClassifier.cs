using MetricsDashboard.Extraction.Lexicons;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>
/// The topic of an article and of a sentence, from weighted keywords (医保 → healthcare, 公安 →
/// public safety). A sentence keeps its article's sector unless its own keywords clearly point
/// elsewhere: a 川渝 investment report stays regional cooperation even where it says 投资.
/// </summary>
internal sealed class SectorClassifier(Lexicon lexicon)
{
    private const double SentenceWeight = 1.5;
    private const double ParagraphWeight = 0.5;
    private const double ArticleWeight = 8.0;

    // Keyword weight a sentence needs to leave its article's frame sector (医保 twice, not 项目 + 投资 + 基础设施).
    private const double FrameOverride = 6.0;

    public int SectorCount => lexicon.SectorOrder.Count;

    /// <summary>Adds the keyword weights of <paramref name="text"/> to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<char> text, Span<double> scores, double factor)
    {
        var matcher = lexicon.SectorKeywords;
        int i = 0;
        while (i < text.Length)
        {
            if (matcher.CanStartWith(text[i]) && matcher.TryMatchAt(text, i, out int length, out var hit))
            {
                scores[hit.Sector] += hit.Weight * factor;
                i += length;
                continue;
            }
            i++;
        }
    }

    /// <summary>
    /// Adds the keyword weights of <c>text[start..end]</c> (a paragraph) to <paramref name="scores"/>, as
    /// <see cref="Score(ReadOnlySpan{char}, Span{double}, double)"/> with factor 1, and lists the keywords
    /// found in <paramref name="matches"/> for <see cref="ScoreWithin"/>.
    /// </summary>
    public void Score(ReadOnlySpan<char> text, int start, int end, Span<double> scores, List<SectorMatch> matches)
    {
        var matcher = lexicon.SectorKeywords;
        var part = text[start..end];
        int i = 0;
        while (i < part.Length)
        {
            if (matcher.CanStartWith(part[i]) && matcher.TryMatchAt(part, i, out int length, out var hit))
            {
                scores[hit.Sector] += hit.Weight;
                matches.Add(new SectorMatch(start + i, start + i + length, hit.Sector, hit.Weight));
                i += length;
                continue;
            }
            i++;
        }
    }

    /// <summary>
    /// Adds the keyword weights of <c>text[start..end]</c> (a sentence) from the keywords its paragraph's
    /// scan found: the same sums, in the same order, as scanning the sentence again, unless a keyword
    /// crosses one of its edges (the sentence alone would be read differently there) — then it is scanned.
    /// </summary>
    public void ScoreWithin(ReadOnlySpan<char> text, int start, int end, List<SectorMatch> paragraphMatches, Span<double> scores)
    {
        foreach (var m in paragraphMatches)
        {
            if ((m.Start < start && m.End > start) || (m.Start < end && m.End > end))
            {
                Score(text[start..end], scores, 1);
                return;
            }
        }
        foreach (var m in paragraphMatches)
        {
            if (m.Start >= start && m.End <= end) { scores[m.Sector] += m.Weight; }
        }
    }

    /// <summary>Normalises article scores so long and short articles weigh the same against a sentence.</summary>
    public static void Normalise(Span<double> scores)
    {
        double total = 0;
        foreach (var v in scores) { total += v; }
        if (total <= 0) { return; }
        for (int i = 0; i < scores.Length; i++) { scores[i] = scores[i] / total * ArticleWeight; }
    }

    /// <summary>The sector key for a sentence given its own, its paragraph's and its article's scores.</summary>
    public string Decide(ReadOnlySpan<double> sentence, ReadOnlySpan<double> paragraph, ReadOnlySpan<double> article) =>
        DecideWithHints(sentence, paragraph, article, []);

    /// <summary>
    /// As <see cref="Decide(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double})"/>, with the
    /// sector hints of the metric added (项目 counts lean to construction) — but not against a frame.
    /// </summary>
    /// <remarks>The hints come as a span: this runs for every figure and every sector, where an interface's enumerator showed in profiles.</remarks>
    public string DecideWithHints(ReadOnlySpan<double> sentence, ReadOnlySpan<double> paragraph, ReadOnlySpan<double> article, ReadOnlySpan<(int Sector, int Weight)> hints)
    {
        int frame = BestIndex(article);
        if (frame >= 0 && lexicon.FrameSectors.Contains(frame))
        {
            int own = BestIndex(sentence);
            bool strongOther = own >= 0 && own != frame && sentence[own] >= FrameOverride && sentence[own] > sentence[frame];
            if (!strongOther) { return lexicon.SectorOrder[frame]; }
        }
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < sentence.Length; i++)
        {
            double hint = 0;
            foreach (var (sector, weight) in hints)
            {
                if (sector == i) { hint += weight; }
            }
            double score = sentence[i] * SentenceWeight + hint + paragraph[i] * ParagraphWeight + article[i];
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }
        return best < 0 ? "other" : lexicon.SectorOrder[best];
    }

    /// <summary>The best sector of one score vector, or other.</summary>
    public string Best(ReadOnlySpan<double> scores)
    {
        int best = BestIndex(scores);
        return best < 0 ? "other" : lexicon.SectorOrder[best];
    }

    private static int BestIndex(ReadOnlySpan<double> scores)
    {
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            if (scores[i] > bestScore) { bestScore = scores[i]; best = i; }
        }
        return best;
    }
}

/// <summary>A sector keyword found in a paragraph: where, which sector, what weight.</summary>
internal readonly record struct SectorMatch(int Start, int End, int Sector, int Weight);
