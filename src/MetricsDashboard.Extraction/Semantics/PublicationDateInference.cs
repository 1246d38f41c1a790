using System.Globalization;
using System.Text.RegularExpressions;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>
/// Infers the date of a page without metadata. The year is the one the page names most (2023年,
/// 2023天府金融指数; deadlines like 到2025年 do not count), or that of its latest full date; the day
/// is the most frequent dateless day (1月9日), moved into the next year when the page's full dates
/// are from December and the day is from January (a January page reviewing the last year).
/// </summary>
internal static class PublicationDateInference
{
    public static (DateOnly? Date, int? Year) Infer(string text)
    {
        DateOnly? latestFull = null;
        foreach (Match match in DatePatterns.FullDate().Matches(text))
        {
            if (TryDate(match, Int(match.Groups["y"]), out var date) && (latestFull is null || date > latestFull)) { latestFull = date; }
        }
        var years = new Dictionary<int, int>();
        foreach (Match match in DatePatterns.YearMention().Matches(text))
        {
            int y = Int(match.Groups["y"]);
            years[y] = years.GetValueOrDefault(y) + 1;
        }
        int? year = latestFull?.Year;
        if (year is null && years.Count > 0)
        {
            year = years.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key).First().Key;
        }
        if (year is not int pageYear) { return (null, null); }

        var days = new Dictionary<(int Month, int Day), int>();
        foreach (Match match in DatePatterns.BareDate().Matches(text))
        {
            var key = (Int(match.Groups["m"]), Int(match.Groups["d"]));
            days[key] = days.GetValueOrDefault(key) + 1;
        }
        if (days.Count == 0) { return (latestFull, pageYear); }
        var ((month, day), _) = days.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key.Month * 100 + p.Key.Day).First();
        if (latestFull is { } full && month < full.Month - 6) { pageYear++; }
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(pageYear, month)
            ? (new DateOnly(pageYear, month, day), pageYear)
            : (latestFull, pageYear);
    }

    private static bool TryDate(Match match, int year, out DateOnly date)
    {
        int month = Int(match.Groups["m"]), day = Int(match.Groups["d"]);
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) { return false; }
        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Int(Group group) => int.Parse(group.ValueSpan, CultureInfo.InvariantCulture);
}
