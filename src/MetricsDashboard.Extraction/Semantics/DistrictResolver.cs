using MetricsDashboard.Extraction.Areas;
using MetricsDashboard.Extraction.Normalisation;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>
/// The area an indicator is about: the area right before the number (北京（32家）), else the most
/// specific area of its clause, else of its sentence, else the last area of its paragraph, else
/// its article's. Areas of an enumeration before 等 (达州…、中新重庆…等31个项目) describe the items,
/// not the total; for a rank, the area before 第 (位列成都市第一) and 全国 are the scope of the
/// ranking, not the ranked. A parent of the article's own district (成都 in a 新都区 story) and a
/// cross-province region (川渝) resolve to the article's district and to null.
/// </summary>
internal sealed class DistrictResolver(AreaGazetteer gazetteer)
{
    private const int AdjacentWindow = 2;

    public Area? Resolve(ReadOnlySpan<char> s, int sentenceStart, ReadOnlySpan<AreaMention> sentenceAreas, int numberStart, bool rank,
        Area? paragraphCarry, Area? articleMain)
    {
        var chosen = Choose(s, sentenceStart, sentenceAreas, numberStart, rank) ?? paragraphCarry ?? articleMain;
        if (chosen is null) { return null; }
        if (articleMain is not null && articleMain.Level > chosen.Level && gazetteer.IsAncestor(chosen, articleMain)) { return articleMain; }
        return chosen;
    }

    private static Area? Choose(ReadOnlySpan<char> s, int sentenceStart, ReadOnlySpan<AreaMention> areas, int numberStart, bool rank)
    {
        if (areas.IsEmpty) { return null; }
        int clauseStart = ClauseText.ClauseStart(s, sentenceStart, numberStart);
        Area? adjacent = null, clause = null, sentence = null, sentenceFallback = null;
        foreach (var mention in areas)
        {
            bool before = mention.End <= numberStart;
            if (before && IsEnumerated(s, mention.End, numberStart)) { continue; }
            if (rank && (mention.Area.Level == AreaLevel.Country || (before && mention.End == numberStart))) { continue; }
            if (before && numberStart - mention.End <= AdjacentWindow && !HasClauseBreak(s, mention.End, numberStart, allowBracket: true))
            {
                adjacent = mention.Area;
            }
            if (before && mention.Start >= clauseStart && (clause is null || mention.Area.Level >= clause.Level))
            {
                clause = mention.Area;
            }
            sentenceFallback ??= mention.Area;
            if (IsListItem(s, mention.End)) { continue; }
            if (sentence is null || mention.Area.Level > sentence.Level) { sentence = mention.Area; }
        }
        return adjacent ?? clause ?? sentence ?? sentenceFallback;
    }

    /// <summary>An area followed by 、 or by its own bracketed number is an item of a list.</summary>
    private static bool IsListItem(ReadOnlySpan<char> s, int end) =>
        end < s.Length && s[end] is '、' or '（' or '(';

    /// <summary>An area inside an enumeration that ends in 等 … before the number.</summary>
    private static bool IsEnumerated(ReadOnlySpan<char> s, int from, int to)
    {
        var between = s[from..to];
        return between.Contains('等') || between.Contains('、');
    }

    private static bool HasClauseBreak(ReadOnlySpan<char> s, int from, int to, bool allowBracket)
    {
        for (int i = from; i < to; i++)
        {
            if (allowBracket && s[i] is '（' or '(') { continue; }
            if (CjkText.IsClauseBreak(s[i])) { return true; }
        }
        return false;
    }
}
