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
    public FigureForm Classify(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var surface = indicator.Surface;
        var after = After(indicator);
        // 千亿级 (surface) or 百亿 + 级项目 (after).
        if (lexicon.SizeClassSuffixes.Any(s => surface.EndsWith(s, StringComparison.Ordinal) || after.StartsWith(s, StringComparison.Ordinal)))
        {
            return FigureForm.SizeClass;
        }
        // 9大 / 五大类: a numbered list of headings. A count with its own measure word (3大类 aside) is not.
        if (indicator.Unit == CanonicalUnit.Count && lexicon.EnumerationSuffixes.Any(s => surface.EndsWith(s, StringComparison.Ordinal) || (after.StartsWith(s, StringComparison.Ordinal) && indicator.Counter is null)))
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

    // 亿元以上项目: a money (or area …) bound followed by the things it selects. 30个以上项目 is a
    // count of those things, so a count is never a threshold.
    private bool IsThreshold(Indicator indicator, string surface, string after)
    {
        if (indicator.Unit == CanonicalUnit.Count)
        {
            return false;
        }
        foreach (var marker in lexicon.ThresholdMarkers)
        {
            string rest;
            if (surface.EndsWith(marker, StringComparison.Ordinal))
            {
                rest = after;
            }
            else if (after.StartsWith(marker, StringComparison.Ordinal))
            {
                rest = after[marker.Length..];
            }
            else
            {
                continue;
            }
            return lexicon.ThresholdNouns.Any(n => rest.StartsWith(n, StringComparison.Ordinal));
        }
        return false;
    }

    private static string After(Indicator indicator)
    {
        var from = indicator.End - indicator.SentenceStart;
        return from >= 0 && from <= indicator.Sentence.Length ? indicator.Sentence[from..] : "";
    }
}
