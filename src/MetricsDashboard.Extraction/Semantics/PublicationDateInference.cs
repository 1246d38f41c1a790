using System.Globalization;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>
/// Infers the date of a page without metadata. The year is the one the page names most (2023年,
/// 2023天府金融指数; deadlines like 到2025年 do not count), or that of its latest full date; the day
/// is the most frequent dateless day (1月9日), moved into the next year when the page's full dates
/// are from December and the day is from January (a January page reviewing the last year).
/// One pass over the digit runs of the text, no regex.
/// </summary>
internal static class PublicationDateInference
{
    public static (DateOnly? Date, int? Year) Infer(string text)
    {
        var s = text.AsSpan();
        DateOnly? latestFull = null;
        var years = new Dictionary<int, int>();
        var days = new Dictionary<(int Month, int Day), int>();
        int i = 0;
        while (i < s.Length)
        {
            int found = s[i..].IndexOfAnyInRange('0', '9');
            if (found < 0) { break; }
            int start = i + found;
            int end = start;
            while (end < s.Length && char.IsAsciiDigit(s[end])) { end++; }
            i = end;
            int digits = end - start;
            char before = start > 0 ? s[start - 1] : '\0';
            if (digits == 4 && s[start] is '1' or '2' && end < s.Length && (s[end] == '年' || Normalisation.CjkText.IsIdeograph(s[end])))
            {
                int year = int.Parse(s[start..end], CultureInfo.InvariantCulture);
                if (year is < 1900 or > 2100) { continue; }
                if (before is not '到' and not '至') { years[year] = years.GetValueOrDefault(year) + 1; }
                if (s[end] == '年' && TryMonthDay(s, end + 1, out int m, out int d, out int after) && IsValid(year, m, d))
                {
                    var date = new DateOnly(year, m, d);
                    if (latestFull is null || date > latestFull) { latestFull = date; }
                    i = after;
                }
            }
            else if (digits <= 2 && before is not '年' && TryMonthDay(s, start, out int m, out int d, out int after))
            {
                days[(m, d)] = days.GetValueOrDefault((m, d)) + 1;
                i = after;
            }
        }

        int? pageYear = latestFull?.Year;
        if (pageYear is null && years.Count > 0)
        {
            pageYear = years.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key).First().Key;
        }
        if (pageYear is not int yearOfPage) { return (null, null); }
        if (days.Count == 0) { return (latestFull, yearOfPage); }
        var ((month, day), _) = days.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key.Month * 100 + p.Key.Day).First();
        if (latestFull is { } full && month < full.Month - 6) { yearOfPage++; }
        return IsValid(yearOfPage, month, day) ? (new DateOnly(yearOfPage, month, day), yearOfPage) : (latestFull, yearOfPage);
    }

    /// <summary>12月26日 at <paramref name="i"/>.</summary>
    private static bool TryMonthDay(ReadOnlySpan<char> s, int i, out int month, out int day, out int end)
    {
        month = day = 0;
        end = i;
        if (!TryNumber(s, i, out month, out int j) || j >= s.Length || s[j] != '月') { return false; }
        if (!TryNumber(s, j + 1, out day, out int k) || k >= s.Length || s[k] != '日') { return false; }
        end = k + 1;
        return true;
    }

    private static bool TryNumber(ReadOnlySpan<char> s, int i, out int value, out int end)
    {
        value = 0;
        end = i;
        while (end < s.Length && end - i < 2 && char.IsAsciiDigit(s[end])) { value = value * 10 + (s[end] - '0'); end++; }
        return end > i && (end >= s.Length || !char.IsAsciiDigit(s[end]));
    }

    private static bool IsValid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
