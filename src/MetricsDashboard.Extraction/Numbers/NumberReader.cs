namespace MetricsDashboard.Extraction.Numbers;

/// <summary>Reads Arabic and Chinese numerals; no allocation, no regex.</summary>
internal static class NumberReader
{
    public static bool IsChineseDigit(char c) => ChineseDigit(c) >= 0;

    public static bool IsChineseNumeral(char c) => ChineseDigit(c) >= 0 || ChineseUnit(c) > 0 || c == '几';

    /// <summary>1,298.6 → 1298.6; a comma groups only when exactly three digits follow it.</summary>
    public static bool TryReadArabic(ReadOnlySpan<char> s, int position, out NumberToken token) => TryReadArabic(s, position, false, out token);

    /// <summary>As above; with <paramref name="fullWidthGroups"/> a full-width comma groups too (百分之９，９９９ after folding).</summary>
    public static bool TryReadArabic(ReadOnlySpan<char> s, int position, bool fullWidthGroups, out NumberToken token)
    {
        token = default;
        int i = position;
        long mantissa = 0;
        int digits = 0, fraction = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c is >= '0' and <= '9')
            {
                if (digits < 17) { mantissa = mantissa * 10 + (c - '0'); } else { fraction--; }
                digits++;
                i++;
            }
            else if ((c == ',' || (fullWidthGroups && c == '，')) && digits > 0 && IsGroup(s, i + 1))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        if (digits == 0) { return false; }
        int integerDigits = digits;
        if (i + 1 < s.Length && s[i] == '.' && s[i + 1] is >= '0' and <= '9')
        {
            i++;
            while (i < s.Length && s[i] is >= '0' and <= '9')
            {
                if (digits < 17) { mantissa = mantissa * 10 + (s[i] - '0'); fraction++; }
                digits++;
                i++;
            }
        }
        double value = fraction >= 0 ? mantissa / Math.Pow(10, fraction) : mantissa * Math.Pow(10, -fraction);
        token = new NumberToken(position, i, value, NumeralStyle.Arabic, integerDigits == digits, integerDigits, false);
        return true;
    }

    private static bool IsGroup(ReadOnlySpan<char> s, int i) =>
        i + 2 < s.Length && char.IsAsciiDigit(s[i]) && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2])
        && (i + 3 >= s.Length || !char.IsAsciiDigit(s[i + 3]));

    /// <summary>
    /// 一百零五 → 105, 两万 → 20000, 千亿 → 1e11 (a leading unit means one of it), 十几万 → 100000 approx,
    /// 四点五 → 4.5; financial numerals (壹 贰 叁 肆 伍 陆 柒 捌 玖 拾 佰 仟) read as their plain forms.
    /// Two digits in a row (十四五, 三三两两) are no numeral but a name or an idiom: rejected.
    /// </summary>
    public static bool TryReadChinese(ReadOnlySpan<char> s, int position, out NumberToken token)
    {
        token = default;
        double total = 0, section = 0;
        int digit = -1;
        bool approximate = false;
        int i = position;
        while (i < s.Length)
        {
            char c = s[i];
            int d = ChineseDigit(c);
            if (d >= 0)
            {
                if (digit > 0) { return false; }
                digit = d;
                i++;
                continue;
            }
            if (c == '几' && i > position)
            {
                // 十几万: an unknown units digit; the value keeps the known part and is marked approximate.
                approximate = true;
                digit = 0;
                i++;
                continue;
            }
            int unit = ChineseUnit(c);
            if (unit == 0) { break; }
            if (unit < 10000)
            {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            else if (unit == 10000)
            {
                total += (section + Math.Max(digit, 0) + (section == 0 && digit < 0 ? 1 : 0)) * 10000;
                section = 0;
            }
            else
            {
                total = (total + section + Math.Max(digit, 0) + (total == 0 && section == 0 && digit < 0 ? 1 : 0)) * 100000000;
                section = 0;
            }
            digit = -1;
            i++;
        }
        if (i == position) { return false; }
        double value = total + section + Math.Max(digit, 0);
        bool integer = true;
        // 四点五 → 4.5, 零点五 → 0.5: 点 is the decimal point when digits follow it (三点半 and 重点 do not).
        if (i + 1 < s.Length && s[i] == '点' && ChineseDigit(s[i + 1]) >= 0 && !approximate)
        {
            double scale = 0.1;
            i++;
            while (i < s.Length && ChineseDigit(s[i]) is var d and >= 0)
            {
                value += d * scale;
                scale /= 10;
                i++;
            }
            value = Math.Round(value, 10);
            integer = false;
        }
        if (value <= 0) { return false; }
        token = new NumberToken(position, i, value, NumeralStyle.Chinese, integer, i - position, approximate);
        return true;
    }

    private static int ChineseDigit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    private static int ChineseUnit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' => 10000,
        '亿' => 100000000,
        _ => 0,
    };
}
