using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Normalisation;

namespace MetricsDashboard.Extraction.Numbers;

/// <summary>Fractions written out in words: N分之M and 成 with halves.</summary>
internal sealed partial class QuantityFinder
{
    /// <summary>
    /// N分之M as a percent, whatever the denominator: 百分之三十 → 30, 千分之二 → 0.2, 仟分之贰 → 0.2,
    /// 万分之四 → 0.04, 百万分之五 → 0.0005; the numerator may be Arabic with full-width groups
    /// (百分之９，９９９ → 9999) or Chinese with a decimal point (百分之三点五 → 3.5).
    /// </summary>
    private bool TryReadFraction(ReadOnlySpan<char> s, int i, List<QuantitySpan> found, out int next)
    {
        next = i;
        int j = i;
        while (j < s.Length && j - i < 4 && IsDenominatorUnit(s[j])) { j++; }
        if (j == i || j + 2 >= s.Length || s[j] != '分' || s[j + 1] != '之') { return false; }
        if (!NumberReader.TryReadChinese(s[..j], i, out var denominator)) { return false; }
        int p = j + 2;
        bool read = CjkText.IsAsciiDigit(s[p])
            ? NumberReader.TryReadArabic(s, p, fullWidthGroups: true, out var numerator)
            : NumberReader.TryReadChinese(s, p, out numerator);
        next = read ? numerator.End : p;
        if (!read) { return true; }
        var qualifier = PrefixQualifier(s, i, out int surfaceStart);
        found.Add(new QuantitySpan(surfaceStart, numerator.End, i, Tidy(numerator.Value * 100 / denominator.Value), null, CanonicalUnit.Percent, null,
            qualifier, numerator.Style, 0.9));
        return true;
    }

    private static bool IsDenominatorUnit(char c) => c is '十' or '百' or '千' or '万' or '亿' or '拾' or '佰' or '仟';

    /// <summary>点 followed by a Chinese digit: the decimal point of 一点五.</summary>
    private static bool IsChineseDecimal(ReadOnlySpan<char> s, int i) =>
        i + 1 < s.Length && s[i] == '点' && NumberReader.IsChineseDigit(s[i + 1]);

    /// <summary>
    /// 半成 is half of one tenth: 5 %. Only where 成 ends the word (半成, 半成左右), never in
    /// 半成品 (semi-finished goods) or 半成熟.
    /// </summary>
    private static int ReadHalfTenth(ReadOnlySpan<char> s, int i, List<QuantitySpan> found)
    {
        if (i + 1 >= s.Length || s[i + 1] != '成') { return i + 1; }
        int after = i + 2;
        bool endsWord = after >= s.Length || !CjkText.IsIdeograph(s[after]) || s[after] is '的' or '以' or '左' or '多' or '上' or '下';
        if (!endsWord) { return i + 2; }
        found.Add(new QuantitySpan(i, i + 2, i, 5, null, CanonicalUnit.Percent, null, Qualifier.Exact, NumeralStyle.Chinese, 0.7));
        return i + 2;
    }
}
