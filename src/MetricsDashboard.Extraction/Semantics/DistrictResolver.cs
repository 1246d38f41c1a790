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
        var chosen = Choose(s, sentenceStart, sentenceAreas, numberStart, rank, articleMain, out var listed) ?? paragraphCarry ?? articleMain ?? listed;
        if (chosen is null) { return null; }
        // 成都 in a 新都区 story names the city around it, not another place; 全国 stays a scope of its own.
        if (articleMain is not null && chosen.Level != AreaLevel.Country && articleMain.Level > chosen.Level && gazetteer.IsAncestor(chosen, articleMain))
        {
            return articleMain;
        }
        return chosen;
    }

    /// <summary>
    /// Adjacent area, else the most specific of the clause, else the article's own area when the
    /// sentence names it (全省 in a provincial report that also mentions 成都大运会), else the first
    /// area of the sentence that is not an item of a list; list items and 全国 come last, after the
    /// paragraph's and the article's area.
    /// </summary>
    private static Area? Choose(ReadOnlySpan<char> s, int sentenceStart, ReadOnlySpan<AreaMention> areas, int numberStart, bool rank, Area? articleMain,
        out Area? listed)
    {
        listed = null;
        if (areas.IsEmpty) { return null; }
        bool regionArticle = articleMain?.Level == AreaLevel.Region;
        int clauseStart = ClauseText.ClauseStart(s, sentenceStart, numberStart);
        Area? adjacent = null, clause = null, sentence = null;
        bool mainNamed = false;
        foreach (var raw in areas)
        {
            // 该区 / 全区 mean the article's own district; elsewhere they say nothing.
            var mention = ReferenceEquals(raw.Area, AreaScanner.Pronoun)
                ? (articleMain?.Level == AreaLevel.District ? raw with { Area = articleMain } : default)
                : raw;
            if (mention.Area is null) { continue; }
            bool before = mention.End <= numberStart;
            if (ReferenceEquals(mention.Area, articleMain)) { mainNamed = true; }
            if (mention.Area.Level == AreaLevel.Region && !regionArticle) { continue; }
            if (before && mention.Start >= clauseStart && IsEnumerated(s, mention.End, numberStart)) { continue; }
            if (rank && (mention.Area.Level == AreaLevel.Country || (before && mention.End == numberStart))) { continue; }
            if (mention.Area.Level == AreaLevel.Country && IsScope(s, mention.Start, mention.End)) { continue; }
            // 北京（32家） is adjacent; 成都、德阳、眉山、资阳的8户 counts the whole list, not the last item.
            bool bracketed = mention.End < s.Length && s[mention.End] is '（' or '(';
            bool enumerated = mention.Start > 0 && s[mention.Start - 1] == '、';
            if (before && numberStart - mention.End <= AdjacentWindow && !HasClauseBreak(s, mention.End, numberStart, allowBracket: true)
                && (bracketed || !enumerated))
            {
                adjacent = mention.Area;
            }
            if (before && mention.Start >= clauseStart && !enumerated && (clause is null || mention.Area.Level >= clause.Level))
            {
                clause = mention.Area;
            }
            // The last item of an enumeration (…、达州市大竹县获评) is as much a list item as the first.
            if (enumerated || IsListItem(s, mention.End)) { listed ??= mention.Area; continue; }
            sentence ??= mention.Area;
        }
        return adjacent ?? clause ?? (mainNamed ? articleMain : null) ?? sentence;
    }

    /// <summary>
    /// 全国 as the scope of a ranking or an honour (居全国第1, 获评全国首批…, 授予全国…模范), not the
    /// place the number is about.
    /// </summary>
    private static bool IsScope(ReadOnlySpan<char> s, int start, int end)
    {
        if (end < s.Length && s[end] is '第' or '首' or '前') { return true; }
        var before = s[Math.Max(0, start - 2)..start];
        return before.EndsWith("居") || before.EndsWith("评") || before.EndsWith("授予") || before.EndsWith("列") || before.EndsWith("评为");
    }

    /// <summary>
    /// An area followed by its own bracketed number (北京（32家）), or inside an enumeration of its
    /// clause (深圳英飞拓等35家企业, 北京、深圳、上海之后) is an item of a list.
    /// </summary>
    private static bool IsListItem(ReadOnlySpan<char> s, int end)
    {
        if (end < s.Length && s[end] is '（' or '(') { return true; }
        for (int i = end; i < s.Length && !CjkText.IsClauseBreak(s[i]); i++)
        {
            if (s[i] is '、' or '等') { return true; }
        }
        return false;
    }

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
