using MetricsDashboard.Web.Model.Charts;
using MetricsDashboard.Web.Model.Formatting;

namespace MetricsDashboard.Web.Charts;

/// <summary>
/// Turns a chart's rows (<see cref="ChartDataService"/>) into drawable series with display names.
/// The rows stay the source: nothing is added or dropped on the way to the chart.
/// </summary>
public static class ChartSeriesBuilder
{
    /// <summary>
    /// Rows (key, count) → one series; <paramref name="keyName"/> turns keys into labels, and each
    /// point keeps its key for cross-filtering. With <paramref name="top"/>, the rows after the first
    /// <paramref name="top"/> (rows come largest first) are drawn as one "others" point: a chart of 67
    /// bars is unreadable and slow to redraw, and the download still lists every row.
    /// </summary>
    public static IReadOnlyList<ChartSeries> Counts(ChartTable table, string seriesName, Func<string?, string> keyName, int? top = null, string? othersName = null)
    {
        if (table.IsEmpty)
        {
            return [];
        }
        var points = table.Rows
            .Select(r => new ChartPoint(keyName((string?)r[0]), Convert.ToDouble(r[1], System.Globalization.CultureInfo.InvariantCulture), (string?)r[0] ?? ""))
            .ToList();
        if (top is { } n && points.Count > n + 1)
        {
            var others = points.Skip(n).Sum(p => p.Y ?? 0);
            points = [.. points.Take(n), new ChartPoint(othersName ?? "…", others)];
        }
        return [new ChartSeries(seriesName, points)];
    }

    /// <summary>
    /// Heat cells (district, sector, count) → one series per district (the rows of the heatmap), the
    /// busiest <paramref name="maxDistricts"/> districts, every sector as a column; a missing cell is 0.
    /// </summary>
    public static IReadOnlyList<ChartSeries> Heatmap(ChartTable table, DisplayNames names, int maxDistricts = 12)
    {
        var cells = table.Rows.Select(r => (District: (string)r[0]!, Sector: (string)r[1]!, Count: (int)r[2]!)).ToArray();
        var sectors = cells.GroupBy(c => c.Sector).OrderByDescending(g => g.Sum(c => c.Count)).Select(g => g.Key).ToArray();
        var districts = cells.GroupBy(c => c.District).OrderByDescending(g => g.Sum(c => c.Count)).Take(maxDistricts).Select(g => g.Key);
        var lookup = cells.ToDictionary(c => (c.District, c.Sector), c => c.Count);
        // ApexCharts draws the first series at the bottom: reverse so the busiest district is on top.
        return districts.Reverse()
            .Select(d => new ChartSeries(d, sectors.Select(s => new ChartPoint(names.Sector(s), lookup.GetValueOrDefault((d, s)), s)).ToArray(), d))
            .ToArray();
    }

    /// <summary>
    /// The units of a sum table, each to be drawn as a chart of its own; within a unit, each counter
    /// (个, 家, 人次 …) is a series of its own. Values of different units or counters are never added.
    /// </summary>
    public static IReadOnlyList<UnitGroup> SumsByUnit(ChartTable table, Func<string?, string> keyName, DisplayNames names)
    {
        // Fact sums carry a kind column: actual and target figures are series of their own, never one bar.
        var kindColumn = table.Columns.ToList().FindIndex(c => c.Name == "kind");
        string? KindOf(object?[] r) => kindColumn < 0 ? null : (string?)r[kindColumn];
        return table.Rows
            .GroupBy(r => (string)r[1]!)
            .Select(unit =>
            {
                var categories = unit.Select(r => (string?)r[0]).Distinct().ToArray();
                var series = unit.GroupBy(r => (Counter: (string?)r[2], Kind: KindOf(r)))
                    .Select(counter =>
                    {
                        var sums = counter.ToDictionary(r => (string?)r[0] ?? "", r => (double)r[4]!);
                        var name = names.Unit(unit.Key, counter.Key.Counter);
                        return new ChartSeries(
                            counter.Key.Kind is null or "actual" ? name : $"{name} · {counter.Key.Kind}",
                            categories.Select(c => new ChartPoint(keyName(c), sums.TryGetValue(c ?? "", out var v) ? v : null)).ToArray());
                    })
                    .ToArray();
                var onlyCounter = unit.Select(r => (string?)r[2]).Distinct().Count() == 1 ? (string?)unit.First()[2] : null;
                return new UnitGroup(unit.Key, names.Unit(unit.Key, onlyCounter), ValueSuffix(unit.Key, onlyCounter, names), series);
            })
            .OrderByDescending(g => g.Series.Sum(s => s.Points.Count))
            .ToArray();
    }

    /// <summary>The sums of one unit, ready for one chart.</summary>
    /// <param name="Unit">The canonical unit code.</param>
    /// <param name="UnitName">The unit for headings.</param>
    /// <param name="Suffix">What follows a value in tooltips: 元 for CNY so that values read 1298.6亿元.</param>
    /// <param name="Series">One series per counter.</param>
    public sealed record UnitGroup(string Unit, string UnitName, string Suffix, IReadOnlyList<ChartSeries> Series);

    /// <summary>The text after a scaled number: 元, 人次, % in Chinese; " CNY", " m2", "%" in English.</summary>
    public static string ValueSuffix(string unit, string? counter, DisplayNames names) =>
        names.Culture.TwoLetterISOLanguageName == "zh"
            ? QuantityFormatter.ChineseUnit(unit, counter)
            : unit switch
            {
                "percent" => "%",
                "count" => counter is null ? "" : $" ({counter})",
                _ => " " + unit,
            };
}
