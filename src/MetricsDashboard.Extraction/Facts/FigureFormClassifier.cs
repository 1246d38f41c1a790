using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Extraction.Facts;

/// <summary>
/// Tells amounts from numbers that only describe one: a size class (千亿级), a threshold
/// (亿元以上项目), a cap (最高可省1500元) or an enumeration (三大产业). Reads the surface and the
/// few characters after it, so it works on any article, not only on the seeds.
/// </summary>
internal sealed class FigureFormClassifier(FigureFormLexicon lexicon)
{
    public static FigureFormClassifier Default { get; } = new(FigureFormLexicon.Default);

    /// <summary>The form of one indicator in its sentence.</summary>
    /// <remarks>
    /// Runs once per figure: the text after it is a span of its sentence and the suffix lists are walked
    /// with plain loops (a substring and two closures per figure were most of what extraction allocated
    /// after the texts themselves).
    /// </remarks>
    public FigureForm Classify(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var surface = indicator.Surface.AsSpan();
        var after = After(indicator);
        // 千亿级 (surface) or 百亿 + 级项目 (after).
        if (EndsOrFollows(lexicon.SizeClassSuffixes, surface, after, orAfter: true))
        {
            return FigureForm.SizeClass;
        }
        // 9大 / 五大类: a numbered list of headings. A count with its own measure word (3大类 aside) is not.
        if (indicator.Unit == CanonicalUnit.Count && EndsOrFollows(lexicon.EnumerationSuffixes, surface, after, orAfter: indicator.Counter is null))
        {
            return FigureForm.Enumeration;
        }
        // 最高可省1500元, 不超过30万元: a ceiling on what one may get, never a sum that was spent.
        if (indicator.Qualifier == Qualifier.AtMost)
        {
            return FigureForm.Cap;
        }
        if (IsThreshold(indicator, surface, after))
        {
            return FigureForm.Threshold;
        }
        return FigureForm.Amount;
    }

    /// <summary>Whether the surface ends with one of <paramref name="suffixes"/>, or (when <paramref name="orAfter"/>) the text after it starts with one.</summary>
    private static bool EndsOrFollows(IReadOnlyList<string> suffixes, ReadOnlySpan<char> surface, ReadOnlySpan<char> after, bool orAfter)
    {
        for (int k = 0; k < suffixes.Count; k++)
        {
            var suffix = suffixes[k].AsSpan();
            if (surface.EndsWith(suffix) || (orAfter && after.StartsWith(suffix))) { return true; }
        }
        return false;
    }

    // 亿元以上项目: a money (or area …) bound followed by the things it selects. 30个以上项目 is a
    // count of those things, so a count is never a threshold.
    private bool IsThreshold(Indicator indicator, ReadOnlySpan<char> surface, ReadOnlySpan<char> after)
    {
        if (indicator.Unit == CanonicalUnit.Count)
        {
            return false;
        }
        var markers = lexicon.ThresholdMarkers;
        for (int k = 0; k < markers.Count; k++)
        {
            var marker = markers[k].AsSpan();
            ReadOnlySpan<char> rest;
            if (surface.EndsWith(marker))
            {
                rest = after;
            }
            else if (after.StartsWith(marker))
            {
                rest = after[marker.Length..];
            }
            else
            {
                continue;
            }
            var nouns = lexicon.ThresholdNouns;
            for (int n = 0; n < nouns.Count; n++)
            {
                if (rest.StartsWith(nouns[n].AsSpan())) { return true; }
            }
            return false;
        }
        return false;
    }

    private static ReadOnlySpan<char> After(Indicator indicator)
    {
        var from = indicator.End - indicator.SentenceStart;
        return from >= 0 && from <= indicator.Sentence.Length ? indicator.Sentence.AsSpan(from) : [];
    }
}
