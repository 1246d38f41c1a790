using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Exports;
using MetricsDashboard.Exports.Indicators;
using MetricsDashboard.Exports.Labels;

namespace MetricsDashboard.Web.Charts;

/// <summary>
/// Loads the rows behind each named chart. Pages draw these rows and the download API writes
/// them, so what a user downloads is exactly what the chart shows under the same filters.
/// </summary>
public sealed class ChartDataService(IIndicatorQueryService queries, IFactQueryService facts)
{
    /// <summary>How many of the largest amounts the overview lists.</summary>
    public const int LargestAmountsCount = 10;

    public static bool IsKnown(string chart) => ChartNames.All.Contains(chart, StringComparer.Ordinal);

    public async Task<ChartTable> LoadAsync(string chart, IndicatorFilter filters, CancellationToken ct = default)
    {
        var filter = filters;
        return chart switch
        {
            ChartNames.ByDistrict => Counts(chart, "district", await queries.CountByAsync(filter, IndicatorGrouping.District, ct)),
            ChartNames.BySector => Counts(chart, "sector", await queries.CountByAsync(filter, IndicatorGrouping.Sector, ct)),
            ChartNames.ByMetric => Counts(chart, "metric", await queries.CountByAsync(filter, IndicatorGrouping.Metric, ct)),
            ChartNames.ByMonth => Counts(chart, "month", ContiguousMonths(await queries.CountByAsync(filter, IndicatorGrouping.Month, ct))),
            ChartNames.Heatmap => Heat(await queries.HeatmapAsync(filter, ct)),
            ChartNames.LargestAmounts => Largest(await queries.LargestAmountsAsync(filter, LargestAmountsCount, ct)),
            ChartNames.SumByDistrict => FactChartTables.SumByDistrict(await facts.SumByDistrictAsync(filter, ct)),
            ChartNames.SumByPeriod => FactChartTables.SumByPeriod(await facts.SumByPeriodAsync(filter, ct)),
            ChartNames.SumByMonth => Sums(chart, "month", await queries.SumByAsync(filter, IndicatorGrouping.Month, ct)),
            _ => throw new ArgumentOutOfRangeException(nameof(chart), chart, $"Unknown chart. Known: {string.Join(", ", ChartNames.All)}."),
        };
    }

    private static readonly ExportColumn CountColumn = new("count", "指标数", "Indicators", Width: 10);
    /// <summary>
    /// The rows of a chart for a download: a sum of facts also lists, per row, the facts it adds
    /// and the articles of all their mentions (<c>/api/facts/sources</c> gives each mention).
    /// </summary>
    public async Task<ChartTable> LoadForExportAsync(string chart, IndicatorFilter filters, CancellationToken ct = default)
    {
        var table = await LoadAsync(chart, filters, ct);
        if (chart is not (ChartNames.SumByDistrict or ChartNames.SumByPeriod))
        {
            return table;
        }
        var behind = await facts.ListFactsAsync(filters, summableOnly: true, FactChartTables.MaxFactsListed, ct);
        var sources = await facts.SourcesAsync(behind.Select(f => f.Id).ToList(), ct);
        return chart == ChartNames.SumByDistrict
            ? FactChartTables.WithFacts(table, behind, sources, FactChartTables.DistrictKey, FactChartTables.DistrictKey)
            : FactChartTables.WithFacts(table, behind.Where(f => f.Period is not null).ToList(), sources, FactChartTables.PeriodKey, FactChartTables.PeriodKey);
    }

    private static ChartTable Counts(string chart, string key, IReadOnlyList<CountRow> rows) => new(
        chart,
        [KeyColumn(key), CountColumn],
        // Indicators without a district (or sector) are grouped under an empty key: say so instead.
        rows.Select(r => new object?[] { r.Key.Length == 0 ? null : r.Key, r.Count }).ToArray(),
        []);

    private static ChartTable Sums(string chart, string key, IReadOnlyList<SumRow> rows) => new(
        chart,
        [
            KeyColumn(key), new("unit", "单位", "Unit", ExportCodeList.Unit, Width: 10), new("counter", "量词", "Counter", Width: 8), CountColumn,
            new("value", "合计", "Total", Width: 16, IsAmount: true), new("max", "最大值", "Largest", Width: 16, IsAmount: true),
        ],
        rows.Select(r => new object?[] { r.Key.Length == 0 ? null : r.Key, r.Unit, r.Counter, r.Count, r.Sum, r.Max }).ToArray(),
        []);

    private static ChartTable Heat(IReadOnlyList<HeatCell> cells) => new(
        ChartNames.Heatmap,
        [KeyColumn("district"), KeyColumn("sector"), CountColumn],
        cells.Select(c => new object?[] { c.District, c.Sector, c.Count }).ToArray(),
        []);

    private static ChartTable Largest(IReadOnlyList<IndicatorRow> rows) => new(
        ChartNames.LargestAmounts,
        IndicatorColumns.All,
        rows.Select(IndicatorColumns.ToCells).ToArray(),
        IndicatorColumns.SourcesOf(rows));

    /// <summary>
    /// Months with no indicator are rows with 0 rather than missing, so a time line never joins
    /// 2023-12 to 2025-01 as if they were neighbours. Non-month keys are kept as they are.
    /// </summary>
    public static IReadOnlyList<CountRow> ContiguousMonths(IReadOnlyList<CountRow> rows)
    {
        var counts = new Dictionary<DateOnly, int>();
        foreach (var row in rows)
        {
            if (!DateOnly.TryParseExact(row.Key, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var month))
            {
                return rows;
            }
            counts[month] = row.Count;
        }
        if (counts.Count < 2)
        {
            return rows;
        }
        var first = counts.Keys.Min();
        var last = counts.Keys.Max();
        var filled = new List<CountRow>();
        for (var m = first; m <= last && filled.Count < MaxMonths; m = m.AddMonths(1))
        {
            filled.Add(new CountRow(m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), counts.GetValueOrDefault(m)));
        }
        return filled;
    }

    /// <summary>Twenty years of months at most on one time line.</summary>
    private const int MaxMonths = 240;

    private static ExportColumn KeyColumn(string key) => key switch
    {
        "district" => new(key, "区县", "Area", Width: 14),
        "sector" => new(key, "领域", "Sector", ExportCodeList.Sector, Width: 16),
        "metric" => new(key, "指标类别", "Metric", ExportCodeList.Metric, Width: 14),
        "month" => new(key, "月份", "Month", Width: 10),
        _ => new(key, key, key),
    };

    /// <summary>
    /// The download form of a chart's rows under the filters that produced them. A chart of counts or
    /// sums cites every article behind it (streamed from the database, at most
    /// <paramref name="maxSources"/> rows' worth); the largest amounts cite their own articles.
    /// </summary>
    public async Task<ExportTable> ToExportAsync(ChartTable table, IndicatorFilter filters, CultureInfo culture, DateTimeOffset now, int maxSources, CancellationToken ct = default)
    {
        var filter = filters;
        // Tables that carry their own sources (largest amounts, sums of facts) cite those.
        var sources = table.Sources.Count > 0 || table.Chart == ChartNames.LargestAmounts
            ? table.Sources.ToAsyncEnumerable()
            : queries.StreamCitedArticlesAsync(filter, maxSources, ct).Select(IndicatorColumns.ToSource);
        var labels = new ExportLabels(culture, await queries.GetReferenceDataAsync(ct));
        return new ExportTable(table.Chart, table.Columns, table.Rows.ToAsyncEnumerable(), ExportFilters.Of(filter), now, sources, labels);
    }
}
