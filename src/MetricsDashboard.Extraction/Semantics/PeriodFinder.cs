using System.Globalization;
using MetricsDashboard.Extraction.Lexicons;
using MetricsDashboard.Extraction.Normalisation;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>
/// Finds the period references of a text and resolves them against the page year:
/// 2024年 → 2024; 2024年11月 → 2024-11; 2023年1-11月 → 2023-01/2023-11; 今年10月 / 去年 / 全年 → relative
/// to the page year; 1-11月 and 11月份 → the page year; a day (3月17日) → its month unless it is the day
/// of the report; 一季度, 前三季度, 上半年 → their month range (PeriodFinder.Spans.cs).
/// Hand-written around the characters 年 and 月 rather than a regex: the text is scanned once with
/// a vectorised search, which matters at 20 MB/s.
/// </summary>
internal static partial class PeriodFinder
{
    public static List<PeriodMarker> Find(string text, int? pageYear, KeywordMatcher<bool>? reportingVerbs = null)
    {
        var markers = new List<PeriodMarker>();
        var s = text.AsSpan();
        int i = 0;
        while (i < s.Length)
        {
            int found = s[i..].IndexOfAny('年', '月', '季');
            if (found < 0) { break; }
            int p = i + found;
            int next = s[p] switch
            {
                '年' when IsHalfYear(s, p) => ReadHalfYear(s, p, pageYear, markers),
                '年' => ReadYear(s, p, pageYear, markers),
                '月' => ReadBareMonth(s, p, pageYear, markers, reportingVerbs),
                _ => ReadQuarter(s, p, pageYear, markers),
            };
            i = Math.Max(next, p + 1);
        }
        return markers;
    }

    /// <summary>At a 年: 2024年 or 今年/去年/明年, with an optional month or month range after it.</summary>
    private static int ReadYear(ReadOnlySpan<char> s, int p, int? pageYear, List<PeriodMarker> markers)
    {
        int start;
        int year;
        bool lastYear = false;
        bool wholeYear = false;
        if (p >= 4 && IsDigits(s.Slice(p - 4, 4)) && (p == 4 || !char.IsAsciiDigit(s[p - 5])) && s[p - 4] is '1' or '2')
        {
            year = int.Parse(s.Slice(p - 4, 4), CultureInfo.InvariantCulture);
            if (year is < 1900 or > 2100) { return p + 1; }
            start = p - 4;
            // 2023—2025年 is the term of a plan: neither end is the period of the numbers around it.
            if (start >= 2 && s[start - 1] is CjkText.Dash or '-' && char.IsAsciiDigit(s[start - 2])) { return p + 1; }
        }
        else if (p >= 1 && pageYear is int py && s[p - 1] is '今' or '去' or '明' or '前' or '上')
        {
            year = s[p - 1] switch { '今' => py, '明' => py + 1, '前' => py - 2, _ => py - 1 };
            lastYear = s[p - 1] is '去' or '上';
            start = p - 1;
        }
        else if (p >= 1 && pageYear is int page && s[p - 1] == '全')
        {
            // 全年举办不少于4000场: the year in question, resolved against the article when it names one.
            year = page;
            wholeYear = true;
            start = p - 1;
        }
        else
        {
            return p + 1;
        }
        int end = p + 1;
        string period;
        bool yearOnly = false;
        if (TryMonths(s, end, out int from, out int to, out int monthEnd))
        {
            period = Format(year, from, to);
            end = monthEnd;
        }
        else
        {
            period = year.ToString(CultureInfo.InvariantCulture);
            yearOnly = true;
        }
        markers.Add(new PeriodMarker(start, end, period, yearOnly, IsBounded(s, start, end), lastYear, wholeYear));
        return end;
    }

    /// <summary>At a 月 not read with a year: 1-11月 or 11月(份) in the page year; 12月26日 is a date, not a period.</summary>
    private static int ReadBareMonth(ReadOnlySpan<char> s, int p, int? pageYear, List<PeriodMarker> markers, KeywordMatcher<bool>? reportingVerbs)
    {
        if (pageYear is not int year) { return p + 1; }
        int digitsStart = p;
        while (digitsStart > 0 && p - digitsStart < 2 && char.IsAsciiDigit(s[digitsStart - 1])) { digitsStart--; }
        if (digitsStart == p || (digitsStart > 0 && char.IsAsciiDigit(s[digitsStart - 1]))) { return p + 1; }
        int start = digitsStart;
        if (start >= 2 && s[start - 1] is '-' or '—' or '至' && char.IsAsciiDigit(s[start - 2]))
        {
            int rangeStart = start - 1;
            while (rangeStart > 0 && start - 1 - rangeStart < 2 && char.IsAsciiDigit(s[rangeStart - 1])) { rangeStart--; }
            start = rangeStart;
        }
        if (start > 0 && (char.IsAsciiDigit(s[start - 1]) || s[start - 1] is '年' or '-' or '—')) { return p + 1; }
        if (!TryMonths(s, start, out int from, out int to, out int end)) { return p + 1; }
        if (end < s.Length && char.IsAsciiDigit(s[end]))
        {
            int dayEnd = end;
            while (dayEnd < s.Length && dayEnd - end < 2 && char.IsAsciiDigit(s[dayEnd])) { dayEnd++; }
            if (dayEnd < s.Length && s[dayEnd] is '日' or '号')
            {
                // 3月17日…集中开工15个项目: an event on a day is dated to its month; the day of a report is not.
                int spanEnd = DaySpanEnd(s, dayEnd + 1, out int lastMonth);
                // 8月10日至11月18日: a span of days keeps its range of months.
                int until = spanEnd > 0 && lastMonth >= from ? lastMonth : to;
                int markerEnd = spanEnd > 0 ? spanEnd : dayEnd + 1;
                if (from == to && !IsReportingDay(s, markerEnd, reportingVerbs))
                {
                    markers.Add(new PeriodMarker(start, markerEnd, Format(year, from, until), false, IsBounded(s, start, markerEnd), false));
                }
                return markerEnd;
            }
        }
        markers.Add(new PeriodMarker(start, end, Format(year, from, to), false, IsBounded(s, start, end), false));
        return end;
    }

    /// <summary>11月 or 1-11月 at <paramref name="i"/>.</summary>
    private static bool TryMonths(ReadOnlySpan<char> s, int i, out int from, out int to, out int end)
    {
        from = to = end = 0;
        if (!TryNumber(s, i, out from, out int j)) { return false; }
        if (j < s.Length && s[j] == '月')
        {
            to = from;
            end = j + 1;
        }
        else if (j + 1 < s.Length && s[j] is '-' or '—' or '至' && TryNumber(s, j + 1, out to, out int k) && k < s.Length && s[k] == '月')
        {
            end = k + 1;
        }
        else
        {
            return false;
        }
        return from is >= 1 and <= 12 && to is >= 1 and <= 12 && from <= to;
    }

    private static bool TryNumber(ReadOnlySpan<char> s, int i, out int value, out int end)
    {
        value = 0;
        end = i;
        while (end < s.Length && end - i < 2 && char.IsAsciiDigit(s[end])) { value = value * 10 + (s[end] - '0'); end++; }
        return end > i && (end >= s.Length || !char.IsAsciiDigit(s[end]));
    }

    /// <summary>自2023年以来, 到2025年, 截至2024年11月底: a start or deadline, not a reporting period.</summary>
    private static bool IsBounded(ReadOnlySpan<char> s, int start, int end)
    {
        var before = s[Math.Max(0, start - 2)..start];
        bool pre = before.EndsWith("自") || before.EndsWith("到") || before.EndsWith("至") || before.EndsWith("截至") || before.EndsWith("截止");
        return pre || s[end..].StartsWith("以来");
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c)) { return false; }
        }
        return true;
    }

    private static string Format(int year, int from, int to) => from == to
        ? string.Create(CultureInfo.InvariantCulture, $"{year}-{from:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{year}-{from:00}/{year}-{to:00}");
}
