using System.Globalization;
using System.Text.RegularExpressions;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>Finds the period references of a text and resolves them against the page year.</summary>
internal static class PeriodFinder
{
    public static List<PeriodMarker> Find(string text, int? pageYear)
    {
        var markers = new List<PeriodMarker>();
        foreach (Match match in DatePatterns.PeriodReference().Matches(text))
        {
            int? year = null;
            bool lastYear = false;
            var y = match.Groups["y"];
            var rel = match.Groups["rel"];
            if (y.Success)
            {
                year = int.Parse(y.ValueSpan, CultureInfo.InvariantCulture);
            }
            else if (rel.Success && pageYear is int py)
            {
                year = rel.ValueSpan switch { "今年" => py, "明年" => py + 1, "前年" => py - 2, _ => py - 1 };
                lastYear = rel.ValueSpan is "去年" or "上年";
            }
            else if (!rel.Success && pageYear is int bare)
            {
                year = bare;
            }
            if (year is not int resolved) { continue; }

            string period;
            bool yearOnly = false;
            var m = match.Groups["m"];
            var m1 = match.Groups["m1"];
            if (m1.Success)
            {
                int from = int.Parse(m1.ValueSpan, CultureInfo.InvariantCulture);
                int to = int.Parse(match.Groups["m2"].ValueSpan, CultureInfo.InvariantCulture);
                if (from is < 1 or > 12 || to is < 1 or > 12 || to < from) { continue; }
                period = string.Create(CultureInfo.InvariantCulture, $"{resolved}-{from:00}/{resolved}-{to:00}");
            }
            else if (m.Success)
            {
                int month = int.Parse(m.ValueSpan, CultureInfo.InvariantCulture);
                if (month is < 1 or > 12) { continue; }
                period = string.Create(CultureInfo.InvariantCulture, $"{resolved}-{month:00}");
            }
            else
            {
                period = resolved.ToString(CultureInfo.InvariantCulture);
                yearOnly = true;
            }
            bool bounded = match.Groups["pre"].Success || match.Groups["post"].Success;
            markers.Add(new PeriodMarker(match.Index, match.Index + match.Length, period, yearOnly, bounded, lastYear));
        }
        return markers;
    }
}
