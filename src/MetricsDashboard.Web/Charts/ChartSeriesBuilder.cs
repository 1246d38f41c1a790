using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Extraction.Model;
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
    public static IReadOnlyList<ChartSeries> Counts(ChartTable<CountRow> table, string seriesName, Func<string?, string> keyName, int? top = null, string? othersName = null)
    {
        if (table.IsEmpty)
        {
            return [];
        }
        // An empty key groups the figures without a value for it (no district): keyName(null) names that group.
        var points = table.Rows
            .Select(r => new ChartPoint(keyName(r.Key.Length == 0 ? null : r.Key), r.Count, r.Key))
            .ToList();
        if (top is { } n && points.Count > n + 1)
        {
            var others = points.Skip(n).Sum(p => p.Y ?? 0);
            points = [.. points.Take(n), new ChartPoint(othersName ?? "…", others)];
        }
        return [new ChartSeries(seriesName, points)];
    }

    /// <summary>
    /// Heat cells (district, sector, count) → one series per district (the rows of the heatmap, the
    /// busiest first), the busiest <paramref name="maxDistricts"/> districts, every sector as a column
    /// (the busiest first); a missing cell is 0.
    /// </summary>
    public static IReadOnlyList<ChartSeries> Heatmap(ChartTable<HeatCell> table, DisplayNames names, int maxDistricts = 12)
    {
        var cells = table.Rows;
        var sectors = cells.GroupBy(c => c.Sector).OrderByDescending(g => g.Sum(c => c.Count)).Select(g => g.Key).ToArray();
        var districts = cells.GroupBy(c => c.District).OrderByDescending(g => g.Sum(c => c.Count)).Take(maxDistricts).Select(g => g.Key);
        var lookup = cells.ToDictionary(c => (c.District, c.Sector), c => c.Count);
        return districts
            .Select(d => new ChartSeries(d, sectors.Select(s => new ChartPoint(names.Sector(s), lookup.GetValueOrDefault((d, s)), s)).ToArray(), d))
            .ToArray();
    }

    /// <summary>The sums of facts by area, grouped by unit as <see cref="SumsByUnit(IEnumerable{UnitSum}, Func{string?, string}, DisplayNames)"/> says.</summary>
    public static IReadOnlyList<UnitGroup> SumsByUnit(ChartTable<FactSumRow> table, Func<string?, string> keyName, DisplayNames names) =>
        SumsByUnit(table.Rows.Select(r => new UnitSum(r.District, r.Unit, r.Counter, r.Kind, r.Value)), keyName, names);

    /// <summary>The sums of facts by described period, grouped by unit.</summary>
    public static IReadOnlyList<UnitGroup> SumsByUnit(ChartTable<FactPeriodRow> table, Func<string?, string> keyName, DisplayNames names) =>
        SumsByUnit(table.Rows.Select(r => new UnitSum(r.Period, r.Unit, r.Counter, r.Kind, r.Value)), keyName, names);

    /// <summary>
    /// Sums, each unit to be drawn as a chart of its own; within a unit, each counter (个, 家, 人次 …)
    /// and each kind other than actual is a series of its own. Values of different units, counters or
    /// kinds are never added: an actual and a target figure are never one bar.
    /// </summary>
    public static IReadOnlyList<UnitGroup> SumsByUnit(IEnumerable<UnitSum> sums, Func<string?, string> keyName, DisplayNames names)
    {
        return sums
            .GroupBy(r => r.Unit)
            .Select(unit =>
            {
                var categories = unit.Select(r => r.Key).Distinct().ToArray();
                var series = unit.GroupBy(r => (r.Counter, r.Kind))
                    .Select(counter =>
                    {
                        var totals = counter.ToDictionary(r => r.Key ?? "", r => r.Value);
                        var name = names.Unit(unit.Key, counter.Key.Counter);
                        return new ChartSeries(
                            counter.Key.Kind is null or IndicatorKind.Actual ? name : $"{name} · {names.Kind(counter.Key.Kind)}",
                            categories.Select(c => new ChartPoint(keyName(c), totals.TryGetValue(c ?? "", out var v) ? v : null)).ToArray());
                    })
                    .ToArray();
                var counters = unit.Select(r => r.Counter).Distinct().ToArray();
                var onlyCounter = counters.Length == 1 ? counters[0] : null;
                return new UnitGroup(unit.Key, names.Unit(unit.Key, onlyCounter), ValueSuffix(unit.Key, onlyCounter, names), series);
            })
            .OrderByDescending(g => g.Series.Sum(s => s.Points.Count))
            .ToArray();
    }

    /// <summary>One total of a chart of sums: its category (area or period), unit, counter, kind and value.</summary>
    public sealed record UnitSum(string? Key, CanonicalUnit Unit, string? Counter, IndicatorKind? Kind, double Value);

    /// <summary>The sums of one unit, ready for one chart.</summary>
    /// <param name="Unit">The canonical unit.</param>
    /// <param name="UnitName">The unit for headings.</param>
    /// <param name="Suffix">What follows a value in tooltips: 元 for CNY so that values read 1298.6亿元.</param>
    /// <param name="Series">One series per counter.</param>
    public sealed record UnitGroup(CanonicalUnit Unit, string UnitName, string Suffix, IReadOnlyList<ChartSeries> Series);

    /// <summary>The text after a scaled number: 元, 人次, % in Chinese; " CNY", " m2", "%" in English.</summary>
    public static string ValueSuffix(CanonicalUnit unit, string? counter, DisplayNames names) =>
        names.Culture.TwoLetterISOLanguageName == "zh"
            ? QuantityFormatter.ChineseUnit(unit, counter)
            : unit switch
            {
                CanonicalUnit.Percent => "%",
                CanonicalUnit.Count => counter is null ? "" : $" ({counter})",
                _ => " " + unit.ToWire(),
            };
}
