using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Model.Charts;
using MetricsDashboard.Web.Model.Formatting;
using MetricsDashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace MetricsDashboard.Web.Charts;

/// <summary>
/// A named measure's series as charts and a table: values by area for one period, and values over
/// the periods they describe, one line per area. Only the measure's main unit is drawn (a growth
/// rate reported beside an amount has a chart of its own on the metric page), and figures to date
/// (1—11月) are labelled as such, never added to monthly ones.
/// </summary>
public sealed record SeriesCharts(
    CanonicalUnit Unit,
    string? Counter,
    string? LatestPeriod,
    IReadOnlyList<ChartSeries> LatestByArea,
    IReadOnlyList<ChartSeries> OverTime,
    IReadOnlyList<SeriesCharts.Period> Periods,
    IReadOnlyList<string?> Areas,
    IReadOnlyDictionary<(string Period, string? Area), SeriesPoint> Cells)
{
    /// <summary>Lines drawn over time: the areas with the most points.</summary>
    public const int MaxLines = 6;

    /// <summary>A column of the table / a category of the time axis.</summary>
    public sealed record Period(string Key, string Label, DateOnly? Start);

    public bool IsEmpty => Cells.Count == 0;

    /// <summary>
    /// Builds the charts and the table. With <paramref name="maxBars"/>, the latest period's chart
    /// draws only the areas with the largest values (the table and the download keep every area): no
    /// "others" bar, since the areas of a series include cities beside their own districts, and a
    /// total is never added to its parts.
    /// </summary>
    /// <param name="series">The measure's points.</param>
    /// <param name="names">Display names of areas, grains and units.</param>
    /// <param name="maxBars">At most this many areas in the latest period's chart (the largest).</param>
    /// <param name="maxPeriods">
    /// At most this many periods on the time axis (the latest): the overview shows the recent course
    /// (six lines over 60 months were both unreadable and the slowest chart to draw); the series page
    /// and the downloads keep every period.
    /// </param>
    public static SeriesCharts Build(MeasureSeries series, DisplayNames names, int? maxBars = null, int? maxPeriods = null)
    {
        var main = series.Points.GroupBy(p => (p.Unit, p.Counter)).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (main is null)
        {
            // No points: the measure's own unit, if it names one (nothing is drawn in it).
            var unit = WireNames.TryParse<CanonicalUnit>(series.Measure.Unit, out var u) ? u : CanonicalUnit.Other;
            return new SeriesCharts(unit, null, null, [], [], [], [], new Dictionary<(string, string?), SeriesPoint>());
        }
        var points = main.ToList();
        var periods = points
            .GroupBy(p => p.Period)
            .Select(g => new Period(g.Key, Label(g.First(), names), g.First().Start))
            .OrderBy(p => p.Start ?? DateOnly.MaxValue).ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        var areas = points.GroupBy(p => p.District).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var cells = points.GroupBy(p => (p.Period, p.District)).ToDictionary(g => (g.Key.Period, g.Key.District), g => g.First());

        var latest = periods.LastOrDefault(p => points.Any(x => x.Period == p.Key));
        var latestBars = latest is null ? [] : new[]
        {
            new ChartSeries(series.Measure.Name, points.Where(p => p.Period == latest.Key).OrderByDescending(p => p.Value)
                .ThenBy(p => p.District, StringComparer.Ordinal).Take(maxBars ?? int.MaxValue)
                .Select(p => new ChartPoint(names.Area(p.District), p.Value, p.District ?? "")).ToArray()),
        };
        var drawnPeriods = maxPeriods is int most && periods.Count > most ? periods.Skip(periods.Count - most).ToList() : periods;
        var lines = areas.Take(MaxLines)
            .Select(area => new ChartSeries(names.Area(area),
                drawnPeriods.Select(p => new ChartPoint(p.Label, cells.TryGetValue((p.Key, area), out var v) ? v.Value : null)).ToArray(), area ?? ""))
            .ToArray();
        return new SeriesCharts(main.Key.Unit, main.Key.Counter, latest?.Label, latestBars, lines, periods, areas, cells);
    }

    // 2024 · 全年, 2023-01/2023-11 · 累计: the grain is part of the label, so a figure to date never
    // looks like the month it ends in.
    private static string Label(SeriesPoint point, DisplayNames names) =>
        point.Grain is "year" or "month" or "quarter" ? point.Period : $"{point.Period} · {names.Grain(point.Grain)}";

    /// <summary>The latest period's chart title, "各地区（2024）"; without a period (nothing to draw) just "各地区", never "各地区（）".</summary>
    public static string LatestByAreaTitle(IStringLocalizer<UiStrings> localizer, string? latestPeriod) =>
        latestPeriod is { Length: > 0 }
            ? string.Format(System.Globalization.CultureInfo.CurrentUICulture, localizer[nameof(UiStrings.SeriesLatestByArea)], latestPeriod)
            : localizer[nameof(UiStrings.SeriesByArea)];

    /// <summary>The value of one cell as text, for the table.</summary>
    public static string Format(SeriesPoint point, DisplayNames names) => names.Amount(point.Value, point.Unit, point.Counter);
}
