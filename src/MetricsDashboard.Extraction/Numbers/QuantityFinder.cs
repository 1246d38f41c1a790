using MetricsDashboard.Extraction.Exclusions;
using MetricsDashboard.Extraction.Lexicons;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Normalisation;
using MetricsDashboard.Extraction.Units;

namespace MetricsDashboard.Extraction.Numbers;

/// <summary>
/// Step one of recognition: finds the quantities of a sentence and reads their literal value,
/// unit, counter and qualifier. A hand-written scanner rather than one big regex: it never
/// backtracks, allocates nothing per character, and each rule below is one readable branch.
/// </summary>
internal sealed partial class QuantityFinder(Lexicon lexicon)
{
    /// <summary>Appends the quantities found in <c>s[start..end)</c>.</summary>
    public void Find(ReadOnlySpan<char> s, int start, int end, List<QuantitySpan> found)
    {
        var sentence = s[..end];
        int i = start;
        while (i < end)
        {
            // Vectorised skip to the next character that can start a quantity.
            int skip = sentence[i..].IndexOfAny(QuantityStarts);
            if (skip < 0) { break; }
            i += skip;
            char c = sentence[i];
            int next;
            if (c == '第')
            {
                next = ReadRank(sentence, start, i, found);
            }
            else if (ExclusionRules.IsInNumeralName(sentence, start, i, lexicon, out int nameEnd))
            {
                next = nameEnd;
            }
            else if (TryReadFraction(sentence, i, found, out int fractionEnd))
            {
                next = fractionEnd;
            }
            else if (c == '半')
            {
                next = ReadHalfTenth(sentence, i, found);
            }
            else if (c == '一' && (i + 1 >= end || !NumberReader.IsChineseNumeral(sentence[i + 1])) && !IsChineseDecimal(sentence, i + 1))
            {
                // A lone 一 (一个, 一流, 统一) is never a quantity; it is by far the most frequent numeral. 一点五 is 1.5.
                next = i + 1;
            }
            else if (CjkText.IsAsciiDigit(c) || (NumberReader.IsChineseNumeral(c) && c != '几' && !PrecededByNumeral(sentence, i, start)))
            {
                next = ReadQuantity(sentence, start, i, found);
            }
            else
            {
                next = i + 1;
            }
            i = Math.Max(next, i + 1);
        }
    }

    // Digits, Chinese numerals and 第: the only characters a quantity can start with.
    private static readonly System.Buffers.SearchValues<char> QuantityStarts =
        System.Buffers.SearchValues.Create("0123456789零〇一二两三四五六七八九十百千万亿几第壹贰叁肆伍陆柒捌玖拾佰仟半");

    private static bool PrecededByNumeral(ReadOnlySpan<char> s, int i, int start) =>
        i > start && NumberReader.IsChineseNumeral(s[i - 1]);

    private static bool TryReadNumber(ReadOnlySpan<char> s, int i, out NumberToken token) =>
        CjkText.IsAsciiDigit(s[i]) ? NumberReader.TryReadArabic(s, i, out token) : NumberReader.TryReadChinese(s, i, out token);

    /// <summary>
    /// 第N: a rank when followed by 名/位 or closing a clause after a ranking verb (位列成都市第一);
    /// otherwise an ordinal of an edition, session or item (第28届, 第三次, 第一个), skipped whole.
    /// </summary>
    private int ReadRank(ReadOnlySpan<char> s, int sentenceStart, int i, List<QuantitySpan> found)
    {
        if (i + 1 >= s.Length || !TryReadNumber(s, i + 1, out var number) || !number.IsInteger) { return i + 1; }
        int end = number.End;
        bool rank = false;
        if (end < s.Length && s[end] is '名' or '位' && !(end + 1 < s.Length && s[end + 1] is '单' or '于' or '置'))
        {
            end++;
            rank = true;
        }
        else if (end >= s.Length || CjkText.IsClauseBreak(s[end]) || s[end] is '、' or '”' or '的' or '\n')
        {
            rank = HasRankVerb(s, sentenceStart, i);
        }
        if (rank)
        {
            found.Add(new QuantitySpan(i, end, number.Start, number.Value, null, CanonicalUnit.Rank, null, Qualifier.Exact, number.Style, 0.85));
        }
        return end;
    }

    private bool HasRankVerb(ReadOnlySpan<char> s, int sentenceStart, int i)
    {
        int clauseStart = i;
        while (clauseStart > sentenceStart && !CjkText.IsClauseBreak(s[clauseStart - 1])) { clauseStart--; }
        for (int j = clauseStart; j < i; j++)
        {
            if (lexicon.RankVerbs.TryMatchAt(s, j, out _, out _)) { return true; }
        }
        return false;
    }

    private int ReadQuantity(ReadOnlySpan<char> s, int sentenceStart, int i, List<QuantitySpan> found)
    {
        if (!TryReadNumber(s, i, out var number)) { return i + 1; }
        bool arabic = number.Style == NumeralStyle.Arabic;
        if (arabic && ExclusionRules.IsCode(s, number, sentenceStart)) { return SkipCode(s, number.End); }
        if (ExclusionRules.IsYear(s, number) && number.End < s.Length && s[number.End] is '年' or '-' or CjkText.Dash) { return SkipDate(s, number.End); }
        if (ExclusionRules.IsDateOrTime(s, number.End)) { return SkipDate(s, number.End); }
        // 负3.9%, -22.2%, －122％: a sign before the number, never the dash of a range (3—5%).
        bool negative = arabic && HasMinusSign(s, sentenceStart, i);
        int signedStart = negative ? i - 1 : i;
        var currency = CurrencyBefore(s, sentenceStart, signedStart, out int currencyStart);

        int p = number.End;
        var qualifier = number.Approximate ? Qualifier.Approx : Qualifier.Exact;
        var infix = Qualifier.Exact;
        double multiplier = 1;
        bool hasMultiplier = false;
        if (arabic)
        {
            if (p + 1 < s.Length && lexicon.QualifierInfixes.TryGetValue(s[p], out var q) && IsMultiplierAt(s, p + 1))
            {
                infix = q;
                p++;
            }
            while (IsMultiplierAt(s, p))
            {
                multiplier *= lexicon.Multipliers[s[p]];
                hasMultiplier = true;
                p++;
            }
        }
        else
        {
            hasMultiplier = number.Value >= 10000;
        }
        if (p < s.Length && lexicon.QualifierInfixes.TryGetValue(s[p], out var after) && lexicon.Units.TryMatchAt(s, p + 1, out _, out _))
        {
            infix = after;
            p++;
        }

        double value = number.Value * multiplier;
        double? valueMax = null;
        if (arabic && p + 1 < s.Length && s[p] is CjkText.Dash or '-' or '至' && CjkText.IsAsciiDigit(s[p + 1])
            && NumberReader.TryReadArabic(s, p + 1, out var high))
        {
            if (ExclusionRules.IsDateOrTime(s, high.End) || ExclusionRules.IsYear(s, high)) { return SkipDate(s, high.End); }
            int h = high.End;
            double highMultiplier = 1;
            while (IsMultiplierAt(s, h)) { highMultiplier *= lexicon.Multipliers[s[h]]; h++; }
            if (!hasMultiplier) { value = number.Value * highMultiplier; }
            valueMax = high.Value * highMultiplier;
            hasMultiplier |= highMultiplier > 1;
            p = h;
        }

        if (!TryUnit(s, i, p, number.Value, value, out var unit, out int unitLength))
        {
            if (currency is CanonicalUnit money)
            {
                unit = new UnitEntry("", money, 1, null, double.MaxValue, 0);
            }
            else
            {
                return Unitless(s, sentenceStart, i, number, p, value, valueMax, hasMultiplier, infix, found);
            }
        }
        int unitEnd = p + unitLength;
        if (unit.Counter is null && ExclusionRules.IsLoneMultiplier(s, number, lexicon)) { return unitEnd; }
        (unit, unitEnd, value) = Colloquial(s, unit, unitEnd, value);
        // 2023天府金融指数: a year glued to a name, not 2023 days.
        if (ExclusionRules.IsYear(s, number) && unit.Unit is CanonicalUnit.DurationDay or CanonicalUnit.DurationHour or CanonicalUnit.DurationMonth) { return unitEnd; }
        if (!arabic && !AcceptChinese(s, sentenceStart, number, unit, unitEnd)) { return unitEnd; }
        if (ExclusionRules.IsSession(s, unit.Counter, unitEnd, lexicon)) { return unitEnd; }
        if (ExclusionRules.IsProgrammeName(s, unit.Text, unitEnd, lexicon)) { return unitEnd; }
        if (IsDuration(unit.Unit) && (ExclusionRules.IsTimeReference(s, unitEnd, lexicon) || ExclusionRules.IsTimeFrame(s, i, lexicon))) { return unitEnd; }
        if (ExclusionRules.IsRankChange(s, unit.Counter, signedStart, lexicon)) { return unitEnd; }

        var prefix = PrefixQualifier(s, currency is null ? signedStart : currencyStart, out int surfaceStart);
        var suffix = lexicon.QualifierSuffixes.TryMatchAt(s, unitEnd, out _, out var sq) ? sq : Qualifier.Exact;
        if (valueMax is not null) { qualifier = Qualifier.Range; }
        else if (prefix != Qualifier.Exact) { qualifier = prefix; }
        else if (infix != Qualifier.Exact) { qualifier = infix; }
        else if (suffix != Qualifier.Exact) { qualifier = suffix; }
        else if (qualifier == Qualifier.Exact) { qualifier = LeadQualifier(s, sentenceStart, i); }

        double confidence = arabic ? 0.9 : 0.7;
        if (IsDuration(unit.Unit) || unit.Unit == CanonicalUnit.Other)
        {
            confidence -= 0.3;
        }
        double sign = negative ? -1 : 1;
        found.Add(new QuantitySpan(surfaceStart, unitEnd, i, Tidy(sign * value * unit.Factor), valueMax is double max ? Tidy(sign * max * unit.Factor) : null,
            unit.Unit, unit.Counter, qualifier, number.Style, confidence));
        return unitEnd;
    }

    /// <summary>
    /// A number with a multiplier but no unit: 5200亿 after 投资 is money, 千亿级 is a money scale,
    /// 8600余万参保群众 a count without a measure word. A bare number without multiplier is no
    /// indicator (双50榜单, 12393 hotline).
    /// </summary>
    private int Unitless(ReadOnlySpan<char> s, int sentenceStart, int i, NumberToken number, int p, double value, double? valueMax,
        bool hasMultiplier, Qualifier infix, List<QuantitySpan> found)
    {
        if (!hasMultiplier || value < 10000) { return p; }
        bool scale = p < s.Length && s[p] == '级';
        if (number.Style == NumeralStyle.Chinese && !scale) { return p; }
        var prefix = PrefixQualifier(s, i, out int surfaceStart);
        var qualifier = valueMax is not null ? Qualifier.Range : prefix != Qualifier.Exact ? prefix : infix;
        var unit = CanonicalUnit.Count;
        int end = p;
        if (scale)
        {
            unit = CanonicalUnit.Cny;
            qualifier = Qualifier.Approx;
            end = p + 1;
        }
        else if (HasMoneyContext(s, sentenceStart, i))
        {
            unit = CanonicalUnit.Cny;
        }
        found.Add(new QuantitySpan(surfaceStart, end, i, Tidy(value), valueMax is double max ? Tidy(max) : null, unit, null, qualifier, number.Style, 0.6));
        return end;
    }

    private bool HasMoneyContext(ReadOnlySpan<char> s, int sentenceStart, int i)
    {
        int from = Math.Max(sentenceStart, i - 12);
        for (int j = i - 1; j >= from && !CjkText.IsClauseBreak(s[j]); j--)
        {
            if (lexicon.MoneyContext.TryMatchAt(s, j, out _, out _)) { return true; }
        }
        return false;
    }

    /// <summary>
    /// Removes binary noise from decimal arithmetic (1298.6 × 1e8 = 129860000000.00002): a decimal
    /// keeps 15 significant digits, more than any newspaper figure has.
    /// </summary>
    private static double Tidy(double value) =>
        Math.Abs(value) < 1e20 ? (double)(decimal)value : value;

    /// <summary>Chinese numerals are common words too (一流, 统一, 三城三都): they count only as a plain count with a unit.</summary>
    private bool AcceptChinese(ReadOnlySpan<char> s, int sentenceStart, NumberToken number, UnitEntry unit, int unitEnd)
    {
        // 一/两 are words far more often than numbers, except before a unit only a number takes (一点五个百分点).
        if (number.Value < 2 && unit.Unit != CanonicalUnit.PercentagePoint) { return false; }
        if (ExclusionRules.IsSlogan(s, number.Start, unitEnd, sentenceStart)) { return false; }
        if (ExclusionRules.IsIdiom(s, number.Start, sentenceStart, lexicon)) { return false; }
        if (lexicon.AbstractNouns.TryMatchAt(s, unitEnd, out _, out _)) { return false; }
        return unit.Unit is not CanonicalUnit.Percent || unit.Text is "成" or "折";
    }

    /// <summary>The unit after a number; 成 and 折 only after a small written number, 方 only after a large value; N大 only after a counting verb.</summary>
    private bool TryUnit(ReadOnlySpan<char> s, int numberStart, int p, double written, double value, out UnitEntry unit, out int length)
    {
        unit = default!;
        length = 0;
        if (p >= s.Length) { return false; }
        if (lexicon.Units.TryMatchAt(s, p, out length, out unit))
        {
            // 5min is no 5 m: a unit written in Latin letters ends where the word does.
            if (CjkText.IsAsciiLetter(unit.Text[^1]) && p + length < s.Length && CjkText.IsAsciiLetter(s[p + length])) { return false; }
            return written <= unit.MaxValue && value >= unit.MinValue;
        }
        // 培育十大洲级销冠: N大 counts what a verb makes or chooses; 五大产业, 十大工程, 十九大 name an
        // enumeration or a congress and are never amounts (INDICATORS.md).
        if (s[p] == '大' && p + 1 < s.Length && CjkText.IsIdeograph(s[p + 1]) && numberStart > 0
            && lexicon.CountingVerbs.TryMatchEndingAt(s, numberStart, out _, out _))
        {
            unit = BigCount;
            length = 1;
            return true;
        }
        return false;
    }

    private static readonly UnitEntry BigCount = new("大", CanonicalUnit.Count, 1, null, double.MaxValue, 0);

    private bool IsMultiplierAt(ReadOnlySpan<char> s, int p) =>
        p < s.Length && lexicon.Multipliers.ContainsKey(s[p]) && s[p] != '十'
        && !(lexicon.Units.TryMatchAt(s, p, out int length, out _) && length > 1);

    private static bool IsDuration(CanonicalUnit unit) =>
        unit is CanonicalUnit.DurationYear or CanonicalUnit.DurationMonth or CanonicalUnit.DurationDay or CanonicalUnit.DurationHour;

    /// <summary>
    /// A qualifier that governs its whole clause from a distance: 累计最高可省1500元, 最高可分别贷30万元和400万元
    /// (both numbers are caps). Only phrases that cannot mean anything else are listed, so 最高 alone
    /// (全市最高, 最高人民法院) never qualifies a number.
    /// </summary>
    private Qualifier LeadQualifier(ReadOnlySpan<char> s, int sentenceStart, int i)
    {
        for (int j = i - 1; j >= sentenceStart && !CjkText.IsClauseBreak(s[j]); j--)
        {
            if (lexicon.QualifierLeads.CanStartWith(s[j]) && lexicon.QualifierLeads.TryMatchAt(s[..i], j, out _, out var qualifier)) { return qualifier; }
        }
        return Qualifier.Exact;
    }

    private Qualifier PrefixQualifier(ReadOnlySpan<char> s, int i, out int surfaceStart)
    {
        surfaceStart = i;
        if (!lexicon.QualifierPrefixes.TryMatchEndingAt(s, i, out int length, out var qualifier)) { return Qualifier.Exact; }
        // 约 and 近 are read as part of the number (约6000个); 超过 and 突破 are verbs before it.
        if (qualifier == Qualifier.Approx && length == 1) { surfaceStart = i - 1; }
        return qualifier;
    }

    private static int SkipCode(ReadOnlySpan<char> s, int p)
    {
        while (p < s.Length && (CjkText.IsAsciiDigit(s[p]) || CjkText.IsAsciiLetter(s[p]) || s[p] is '.' or '+')) { p++; }
        return p;
    }

    /// <summary>
    /// Skips the date or time word after a number (年, 月, 日) and a whole clock time or year span
    /// (10:00—20:00, 2023-2025年), so that no part of it is read as a quantity.
    /// </summary>
    private static int SkipDate(ReadOnlySpan<char> s, int p)
    {
        if (p >= s.Length) { return p; }
        if (s[p] is '年' or '月' or '日' or '号' or '时')
        {
            return p + 1 < s.Length && s[p] == '月' && s[p + 1] == '份' ? p + 2 : p + 1;
        }
        while (p < s.Length && (CjkText.IsAsciiDigit(s[p]) || s[p] is ':' or '-' or CjkText.Dash or '年'))
        {
            p++;
        }
        return p;
    }
}
