using MetricsDashboard.Extraction.Lexicons;
using MetricsDashboard.Extraction.Normalisation;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>Quarters, half years and days: the spans INDICATORS.md dates to months ("Period granularity").</summary>
internal static partial class PeriodFinder
{
    /// <summary>How far after a day the sentence is searched for a reporting verb (3月17日，记者从市统计局获悉).</summary>
    private const int ReportWindow = 40;

    private static bool IsHalfYear(ReadOnlySpan<char> s, int p) => p >= 2 && s[p - 1] == '半' && s[p - 2] is '上' or '下';

    /// <summary>上半年 → months 1–6, 下半年 → 7–12, of the year just before (2023年上半年) or of the page.</summary>
    private static int ReadHalfYear(ReadOnlySpan<char> s, int p, int? pageYear, List<PeriodMarker> markers)
    {
        int start = p - 2;
        int? year = TakeYearBefore(markers, ref start) ?? pageYear;
        if (year is not int y) { return p + 1; }
        var (from, to) = s[p - 2] == '上' ? (1, 6) : (7, 12);
        markers.Add(new PeriodMarker(start, p + 1, Format(y, from, to), false, IsBounded(s, start, p + 1), false));
        return p + 1;
    }

    /// <summary>一季度, 第二季度, 3季度 → that quarter; 前三季度 → months 1–9 (a cumulative span keeps its range).</summary>
    private static int ReadQuarter(ReadOnlySpan<char> s, int p, int? pageYear, List<PeriodMarker> markers)
    {
        if (p < 1 || p + 1 >= s.Length || s[p + 1] != '度') { return p + 1; }
        int quarter = s[p - 1] switch { '一' or '1' => 1, '二' or '2' => 2, '三' or '3' => 3, '四' or '4' => 4, _ => 0 };
        if (quarter == 0) { return p + 1; }
        int start = p - 1;
        bool cumulative = start >= 1 && s[start - 1] == '前';
        if (start >= 1 && s[start - 1] is '前' or '第') { start--; }
        int? year = TakeYearBefore(markers, ref start) ?? pageYear;
        if (year is not int y) { return p + 2; }
        int from = cumulative ? 1 : (quarter - 1) * 3 + 1;
        markers.Add(new PeriodMarker(start, p + 2, Format(y, from, quarter * 3), false, IsBounded(s, start, p + 2), false));
        return p + 2;
    }

    /// <summary>
    /// The year of a marker that ends right where a span starts (2024年一季度, 今年上半年): the marker
    /// is replaced by the span, which then starts where the year did.
    /// </summary>
    private static int? TakeYearBefore(List<PeriodMarker> markers, ref int start)
    {
        if (markers.Count == 0) { return null; }
        var last = markers[^1];
        if (!last.YearOnly || last.End != start || !int.TryParse(last.Period, out int year)) { return null; }
        markers.RemoveAt(markers.Count - 1);
        start = last.Start;
        return year;
    }

    /// <summary>Whether a reporting verb (获悉, 发布 …) follows the day in its sentence.</summary>
    private static bool IsReportingDay(ReadOnlySpan<char> s, int from, KeywordMatcher<bool>? reportingVerbs)
    {
        if (reportingVerbs is null) { return true; }
        int end = Math.Min(s.Length, from + ReportWindow);
        for (int j = from; j < end && !CjkText.IsSentenceEnd(s[j]) && s[j] != '\n'; j++)
        {
            if (reportingVerbs.CanStartWith(s[j]) && reportingVerbs.TryMatchAt(s, j, out _, out _)) { return true; }
        }
        return false;
    }

    /// <summary>至11月18日 after a day: the end of the span and its month, else 0.</summary>
    private static int DaySpanEnd(ReadOnlySpan<char> s, int p, out int month)
    {
        month = 0;
        if (p + 1 >= s.Length || s[p] is not ('至' or CjkText.Dash or '-')) { return 0; }
        if (!TryNumber(s, p + 1, out month, out int j) || j >= s.Length || s[j] != '月') { return 0; }
        if (!TryNumber(s, j + 1, out _, out int k) || k >= s.Length || s[k] is not ('日' or '号')) { return 0; }
        return month is >= 1 and <= 12 ? k + 1 : 0;
    }
}
