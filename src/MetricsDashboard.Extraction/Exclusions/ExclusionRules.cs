using MetricsDashboard.Extraction.Lexicons;
using MetricsDashboard.Extraction.Normalisation;
using MetricsDashboard.Extraction.Numbers;

namespace MetricsDashboard.Extraction.Exclusions;

/// <summary>
/// Numbers that are not indicators: calendar years, dates and times (those are periods), codes and
/// names that contain digits (S11线, B3地块, TGV3.0, 5G, 1+6+N, “1235”行动), session numbers
/// (十四届四次全会), slogans made of numerals (“八个着力”, 九个“全力以赴”) and idioms (千家万户).
/// </summary>
internal static class ExclusionRules
{
    /// <summary>A letter or a plus sign glued to an Arabic number makes it part of a code: S11, B3, 5G, 1+6+N.</summary>
    public static bool IsCode(ReadOnlySpan<char> s, NumberToken number, int lineStart)
    {
        int before = number.Start - 1;
        if (before >= lineStart)
        {
            char b = s[before];
            if (CjkText.IsAsciiLetter(b) || b is '+' or '#' or '/' or '_' or '.') { return true; }
            if (b is '-' && before - 1 >= lineStart && (CjkText.IsAsciiLetter(s[before - 1]) || CjkText.IsAsciiDigit(s[before - 1]))) { return true; }
        }
        if (number.End < s.Length)
        {
            char a = s[number.End];
            if (a is '+' or '#' or '/' or '_') { return true; }
        }
        return false;
    }

    /// <summary>A calendar year: four digits between 1900 and 2100 followed by 年 or by a name (2023天府金融指数).</summary>
    public static bool IsYear(ReadOnlySpan<char> s, NumberToken number)
    {
        if (number.Style != NumeralStyle.Arabic || !number.IsInteger || number.DigitCount != 4 || number.Value is < 1900 or > 2100) { return false; }
        return number.End >= s.Length || !CjkText.IsAsciiDigit(s[number.End]);
    }

    /// <summary>A date or time: 12月, 26日, 11月份, 10:00.</summary>
    public static bool IsDateOrTime(ReadOnlySpan<char> s, int position)
    {
        if (position >= s.Length) { return false; }
        char c = s[position];
        if (c is '月' or '日' or '号' or '时') { return true; }
        return c is ':' && position + 1 < s.Length && CjkText.IsAsciiDigit(s[position + 1]);
    }

    /// <summary>A numeral written inside quotes or right before one is a slogan: “八个着力”, 九个“全力以赴”.</summary>
    public static bool IsSlogan(ReadOnlySpan<char> s, int numberStart, int unitEnd, int lineStart)
    {
        if (numberStart - 1 >= lineStart && s[numberStart - 1] is '“' or '‘' or '"' or '《') { return true; }
        return unitEnd < s.Length && s[unitEnd] is '“' or '‘' or '"';
    }

    /// <summary>An idiom made of numerals covers the number: 千家万户, 千方百计.</summary>
    public static bool IsIdiom(ReadOnlySpan<char> s, int numberStart, int lineStart, Lexicon lexicon)
    {
        for (int j = Math.Max(lineStart, numberStart - 3); j <= numberStart; j++)
        {
            if (lexicon.Idioms.TryMatchAt(s, j, out int length, out _) && j + length > numberStart) { return true; }
        }
        return false;
    }

    /// <summary>A session ordinal: 四次全会, 三次会议.</summary>
    public static bool IsSession(ReadOnlySpan<char> s, string? counter, int unitEnd, Lexicon lexicon) =>
        counter is "次" && lexicon.SessionFollowers.TryMatchAt(s, unitEnd, out _, out _);

    /// <summary>
    /// A count or duration glued to a programme word names the programme (十大工程, 6大专项整治行动,
    /// 三张清单, 5个方面, 三年行动计划): the number is part of a title, not a measure.
    /// </summary>
    public static bool IsProgrammeName(ReadOnlySpan<char> s, string unitText, int unitEnd, Lexicon lexicon) =>
        lexicon.ProgrammeUnits.Contains(unitText) && lexicon.ProgrammeNouns.TryMatchAt(s, unitEnd, out _, out _);

    /// <summary>A duration that dates an event (两个月后, 一年多以前, 近两年来): a time reference, not a measure.</summary>
    public static bool IsTimeReference(ReadOnlySpan<char> s, int unitEnd, Lexicon lexicon)
    {
        int p = unitEnd < s.Length && s[unitEnd] is '多' or '余' ? unitEnd + 1 : unitEnd;
        return lexicon.TimeReferenceFollowers.TryMatchAt(s, p, out _, out _);
    }

    /// <summary>A duration framed by 连续, 近, 过去, 未来 … (连续三年下降, 近三年): the span of a report, not a measure.</summary>
    public static bool IsTimeFrame(ReadOnlySpan<char> s, int numberStart, Lexicon lexicon) =>
        lexicon.TimeReferenceLeaders.TryMatchEndingAt(s, numberStart, out _, out _);

    /// <summary>排名上升3位: N位 (or N名) after a change verb is a move in a ranking, not a count of people.</summary>
    public static bool IsRankChange(ReadOnlySpan<char> s, string? counter, int numberStart, Lexicon lexicon) =>
        counter is "位" or "名" && lexicon.RankChangeVerbs.TryMatchEndingAt(s, numberStart, out _, out _);

    /// <summary>
    /// A multiplier alone before a unit of measure is the unit's name (单位：万元, 亿元以上项目, 千瓦时),
    /// not a number, unless a lead word makes it one (上亿元, 近万平方米). Before a measure word it is a
    /// number (引入千家国际品牌, 百条街巷): the caller asks only for units of measure.
    /// </summary>
    public static bool IsLoneMultiplier(ReadOnlySpan<char> s, NumberToken number, Lexicon lexicon) =>
        number.Style == NumeralStyle.Chinese && number.End - number.Start == 1 && s[number.Start] is '百' or '千' or '万' or '亿' or '佰' or '仟'
        && !lexicon.LoneMultiplierLeads.TryMatchEndingAt(s, number.Start, out _, out _);

    /// <summary>
    /// A name with a numeral in it (三一重工, 七匹狼, 百家讲坛, 十九冶) covers the numeral at
    /// <paramref name="i"/>; <paramref name="end"/> is where the name ends. A name right after a number
    /// is not one (1万达到 is not 万达).
    /// </summary>
    public static bool IsInNumeralName(ReadOnlySpan<char> s, int lineStart, int i, Lexicon lexicon, out int end)
    {
        end = i;
        for (int j = Math.Max(lineStart, i - 3); j <= i; j++)
        {
            if (!lexicon.NumeralNames.CanStartWith(s[j]) || !lexicon.NumeralNames.TryMatchAt(s, j, out int length, out _) || j + length <= i) { continue; }
            if (j > lineStart && (CjkText.IsAsciiDigit(s[j - 1]) || NumberReader.IsChineseNumeral(s[j - 1]))) { continue; }
            end = j + length;
            return true;
        }
        return false;
    }
}
