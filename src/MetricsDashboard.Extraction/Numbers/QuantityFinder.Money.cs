using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Normalisation;
using MetricsDashboard.Extraction.Units;

namespace MetricsDashboard.Extraction.Numbers;

/// <summary>Signs, currency symbols, rates and the colloquial ways of writing money and tenths.</summary>
internal sealed partial class QuantityFinder
{
    private static readonly UnitEntry KuaiAsMoney = new("块", CanonicalUnit.Cny, 1, null, double.MaxValue, 0);

    /// <summary>
    /// A minus sign or 负 right before the digits: 负3.9%, 增长-3.5%, (-4.2%). A dash after a digit,
    /// a numeral or a unit is the dash of a range (3—5%, 10万—20万, 10个—20个), never a sign.
    /// </summary>
    private bool HasMinusSign(ReadOnlySpan<char> s, int sentenceStart, int i)
    {
        if (i - 1 < sentenceStart) { return false; }
        char sign = s[i - 1];
        if (sign == '负') { return true; }
        if (sign is not ('-' or CjkText.Dash)) { return false; }
        if (i - 2 < sentenceStart) { return true; }
        char before = s[i - 2];
        if (CjkText.IsAsciiDigit(before) || CjkText.IsAsciiLetter(before) || NumberReader.IsChineseNumeral(before) || before is '%' or '.' or '-' or CjkText.Dash) { return false; }
        return !lexicon.Units.TryMatchEndingAt(s, i - 1, out _, out _);
    }

    /// <summary>￥300, $5万: the currency a sign before the number names, and where the sign starts.</summary>
    private CanonicalUnit? CurrencyBefore(ReadOnlySpan<char> s, int sentenceStart, int i, out int start)
    {
        start = i;
        if (i <= sentenceStart || !lexicon.CurrencySymbols.TryMatchEndingAt(s, i, out int length, out var currency)) { return null; }
        start = i - length;
        return currency;
    }

    /// <summary>
    /// Forms that change the unit or value after it is read: 三成半, rates (公斤/亩), and spoken money: 三块 (块 closing its clause is yuan, 3块屏幕 stays a count), 五元三毛 → 5.3 元,
    /// 两美元又三美分 → 2.03 USD. Sub-units come from units.json (subUnits), in the main unit's terms.
    /// </summary>
    private (UnitEntry Unit, int End, double Value) Colloquial(ReadOnlySpan<char> s, UnitEntry unit, int unitEnd, double value)
    {
        // 三成半: half of one more tenth.
        if (unit.Text == "成" && unitEnd < s.Length && s[unitEnd] == '半') { return (unit, unitEnd + 1, value + 0.5); }
        // 221.7公斤/亩, 35微克/立方米: a weight or length per something is a rate, not an amount of it.
        if (unit.Unit is CanonicalUnit.Tonne or CanonicalUnit.Kilometre && unitEnd + 1 < s.Length && s[unitEnd] == '/')
        {
            int per = lexicon.Units.TryMatchAt(s, unitEnd + 1, out int perLength, out _) ? perLength : 1;
            return (new UnitEntry(unit.Text, CanonicalUnit.Other, 1, null, double.MaxValue, 0), unitEnd + 1 + per, value);
        }
        string key = unit.Text;
        bool subUnitFollows = lexicon.SubUnits.TryGetValue(key, out var subUnits) && TryReadSubUnit(s, unitEnd, subUnits, out _, out _);
        if (unit.Counter == "块" && (unitEnd >= s.Length || CjkText.IsClauseBreak(s[unitEnd]) || s[unitEnd] is '钱' or '。' or '、' || subUnitFollows))
        {
            unit = KuaiAsMoney;
        }
        if (unit.Unit is not (CanonicalUnit.Cny or CanonicalUnit.Usd) || subUnits is null) { return (unit, unitEnd, value); }
        // 三毛五分: up to two sub-units in a row.
        for (int k = 0; k < 2 && TryReadSubUnit(s, unitEnd, subUnits, out double amount, out int end); k++)
        {
            value += amount;
            unitEnd = end;
        }
        return (unit, unitEnd, value);
    }

    private static bool TryReadSubUnit(ReadOnlySpan<char> s, int p, IReadOnlyDictionary<string, double> subUnits, out double amount, out int end)
    {
        amount = 0;
        end = p;
        if (p < s.Length && s[p] is '又' or '零') { p++; }
        if (p >= s.Length) { return false; }
        bool read = CjkText.IsAsciiDigit(s[p]) ? NumberReader.TryReadArabic(s, p, out var number) : NumberReader.TryReadChinese(s, p, out number);
        if (!read || number.Value >= 100) { return false; }
        foreach (var (word, factor) in subUnits)
        {
            int wordEnd = number.End + word.Length;
            // 三分钟 and 三分之一 are no cents.
            if (s[number.End..].StartsWith(word, StringComparison.Ordinal) && !(wordEnd < s.Length && s[wordEnd] is '钟' or '之'))
            {
                amount = number.Value * factor;
                end = wordEnd;
                return true;
            }
        }
        return false;
    }
}
