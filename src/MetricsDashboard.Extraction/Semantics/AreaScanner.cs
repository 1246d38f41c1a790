using MetricsDashboard.Extraction.Areas;
using MetricsDashboard.Extraction.Lexicons;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>
/// Finds every area named in a text, longest alias first (成都高新区 over 成都), and the words that
/// point back at an article's own district (该区, 全区), reported as <see cref="Pronoun"/>.
/// </summary>
internal static class AreaScanner
{
    /// <summary>Stands for "the district this article is about"; resolved per article.</summary>
    public static readonly Area Pronoun = new("(该区)", AreaLevel.District, null, []);

    public static List<AreaMention> Scan(string text, AreaGazetteer gazetteer, Lexicon lexicon)
    {
        var mentions = new List<AreaMention>();
        var span = text.AsSpan();
        var matcher = gazetteer.Matcher;
        var pronouns = lexicon.AreaPronouns;
        int i = 0;
        while (i < span.Length)
        {
            if (pronouns.CanStartWith(span[i]) && pronouns.TryMatchAt(span, i, out int pronounLength, out _))
            {
                mentions.Add(new AreaMention(i, i + pronounLength, Pronoun));
                i += pronounLength;
                continue;
            }
            if (matcher.CanStartWith(span[i]) && matcher.TryMatchAt(span, i, out int length, out var area))
            {
                // 成都日报 is the newspaper, not the city it reports on.
                if (!lexicon.AreaNameBlockers.TryMatchAt(span, i + length, out _, out _))
                {
                    mentions.Add(new AreaMention(i, i + length, area));
                }
                i += length;
                continue;
            }
            i++;
        }
        return mentions;
    }
}
