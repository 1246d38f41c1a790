using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Extraction.Facts;

/// <summary>
/// Marks the figures given as a breakdown of a total (其中, 包括, 分别为). A breakdown starts at a
/// marker and runs on through the following sentences of a list (each ending in ；); its figures
/// are parts of the nearest earlier figure of the article with the same metric, unit, counter and
/// kind that is at least their sum. Seed 002: 5200亿元 … 其中 3186亿元；1561亿元；153亿元；300亿元。
/// </summary>
internal sealed class BreakdownDetector(FigureFormLexicon lexicon)
{
    public static BreakdownDetector Default { get; } = new(FigureFormLexicon.Default);

    /// <summary>Parts may add up to a little more than their total through rounding (0.5%), never more.</summary>
    private const double Tolerance = 1.005;

    /// <summary>The indicators (in document order) with <see cref="Indicator.PartOf"/> set on the parts.</summary>
    public List<Indicator> Mark(IReadOnlyList<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var partOf = new int?[indicators.Count];
        var i = 0;
        while (i < indicators.Count)
        {
            var marker = MarkerOffset(indicators[i]);
            if (marker < 0)
            {
                i++;
                continue;
            }
            var run = RunFrom(indicators, i, marker);
            AssignTotals(indicators, run, firstOfRun: i, partOf);
            i = run.Count == 0 ? i + 1 : run[^1] + 1;
        }
        return indicators.Select((x, k) => partOf[k] is int t ? x with { PartOf = t } : x).ToList();
    }

    // The absolute offset of a breakdown marker before the number in its sentence, else -1.
    private int MarkerOffset(Indicator indicator)
    {
        var before = indicator.Start - indicator.SentenceStart;
        if (before <= 0 || before > indicator.Sentence.Length)
        {
            return -1;
        }
        var best = -1;
        foreach (var m in lexicon.BreakdownMarkers)
        {
            var at = indicator.Sentence.AsSpan(0, before).IndexOf(m, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }
        return best < 0 ? -1 : indicator.SentenceStart + best;
    }

    // Indices of the breakdown's figures: those after the marker in its sentence, then those of the
    // following sentences of the article while the sentence before ended a list item (；).
    private static List<int> RunFrom(IReadOnlyList<Indicator> indicators, int first, int marker)
    {
        var run = new List<int>();
        var head = indicators[first];
        var sentenceStart = head.SentenceStart;
        var sentence = head.Sentence;
        for (var k = first; k < indicators.Count; k++)
        {
            var x = indicators[k];
            if (x.ArticleIndex != head.ArticleIndex)
            {
                break;
            }
            if (x.SentenceStart != sentenceStart)
            {
                if (!EndsListItem(sentence) || x.SentenceStart < sentenceStart)
                {
                    break;
                }
                (sentenceStart, sentence) = (x.SentenceStart, x.Sentence);
            }
            if (x.Start > marker && x.Form == FigureForm.Amount)
            {
                run.Add(k);
            }
        }
        return run;
    }

    private static bool EndsListItem(string sentence) => sentence.EndsWith('；') || sentence.EndsWith(';');

    private static void AssignTotals(IReadOnlyList<Indicator> indicators, List<int> run, int firstOfRun, int?[] partOf)
    {
        foreach (var group in run.GroupBy(k => Key(indicators[k])))
        {
            var parts = group.ToList();
            var sum = parts.Sum(k => indicators[k].Value);
            var largest = parts.Max(k => indicators[k].Value);
            var total = FindTotal(indicators, firstOfRun, indicators[parts[0]], sum, largest, partOf);
            if (total is int t)
            {
                foreach (var k in parts)
                {
                    partOf[k] = t;
                }
            }
        }
    }

    // The nearest earlier figure of the article that can hold all the parts: the same measure and
    // at least their sum. 31个项目开工建设 right before 其中 99个…117个… is skipped for 300个项目.
    private static int? FindTotal(IReadOnlyList<Indicator> indicators, int before, Indicator part, double sum, double largest, int?[] partOf)
    {
        if (sum <= 0)
        {
            return null;
        }
        for (var k = before - 1; k >= 0 && indicators[k].ArticleIndex == part.ArticleIndex; k--)
        {
            var candidate = indicators[k];
            if (partOf[k] is null && candidate.Form == FigureForm.Amount && Key(candidate) == Key(part)
                && candidate.Value > largest && sum <= candidate.Value * Tolerance)
            {
                return k;
            }
        }
        return null;
    }

    private static (string Metric, CanonicalUnit Unit, string? Counter, IndicatorKind Kind) Key(Indicator x) => (x.Metric, x.Unit, x.Counter, x.Kind);
}
