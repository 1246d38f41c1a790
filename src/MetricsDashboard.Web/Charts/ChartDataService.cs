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

    /// <summary>A chart of counts: <see cref="ChartNames.ByDistrict"/>, <see cref="ChartNames.BySector"/>, <see cref="ChartNames.ByMetric"/> or <see cref="ChartNames.ByMonth"/>.</summary>
    public async Task<ChartTable<CountRow>> CountsAsync(string chart, IndicatorFilter filter, CancellationToken ct = default) =>
        CountTable(chart, await queries.CountByAsync(filter, CountChart(chart).Grouping, ct));

    /// <summary>
    /// The overview's summary and its coverage charts (counts by area, topic and month, the
    /// heatmap) from one read, the same tables as <see cref="CountsAsync"/> and <see cref="HeatmapAsync"/>.
    /// </summary>
    public async Task<(DashboardSummary Summary, ChartTable<CountRow> ByDistrict, ChartTable<CountRow> BySector, ChartTable<CountRow> ByMonth, ChartTable<HeatCell> Heatmap)> CoverageAsync(
        IndicatorFilter filter, CancellationToken ct = default)
    {
        var coverage = await queries.GetCoverageAsync(filter, ct);
        return (coverage.Summary, CountTable(ChartNames.ByDistrict, coverage.ByDistrict), CountTable(ChartNames.BySector, coverage.BySector),
            CountTable(ChartNames.ByMonth, coverage.ByMonth), HeatTable(coverage.Heatmap));
    }

    public async Task<ChartTable<HeatCell>> HeatmapAsync(IndicatorFilter filter, CancellationToken ct = default) =>
        HeatTable(await queries.HeatmapAsync(filter, ct));

    // The export key and grouping of a chart of counts.
    private static (string Key, IndicatorGrouping Grouping) CountChart(string chart) => chart switch
    {
        ChartNames.ByDistrict => ("district", IndicatorGrouping.District),
        ChartNames.BySector => ("sector", IndicatorGrouping.Sector),
        ChartNames.ByMetric => ("metric", IndicatorGrouping.Metric),
        ChartNames.ByMonth => ("month", IndicatorGrouping.Month),
        _ => throw new ArgumentOutOfRangeException(nameof(chart), chart, "Not a chart of counts."),
    };

    private static ChartTable<CountRow> CountTable(string chart, IReadOnlyList<CountRow> rows)
    {
        var (key, grouping) = CountChart(chart);
        return new(chart, CountColumns(key), grouping == IndicatorGrouping.Month ? ContiguousMonths(rows) : rows, []);
    }

    private static ChartTable<HeatCell> HeatTable(IReadOnlyList<HeatCell> cells) => new(ChartNames.Heatmap, HeatColumns, cells, []);

    public async Task<ChartTable<IndicatorRow>> LargestAmountsAsync(IndicatorFilter filter, CancellationToken ct = default)
    {
        var rows = await queries.LargestAmountsAsync(filter, LargestAmountsCount, ct);
        return new(ChartNames.LargestAmounts, IndicatorColumns.All, rows, IndicatorColumns.SourcesOf(rows));
    }

    public async Task<ChartTable<FactSumRow>> SumByDistrictAsync(IndicatorFilter filter, CancellationToken ct = default) =>
        FactChartTables.SumByDistrict(await facts.SumByDistrictAsync(filter, ct));

    public async Task<ChartTable<FactPeriodRow>> SumByPeriodAsync(IndicatorFilter filter, CancellationToken ct = default) =>
        FactChartTables.SumByPeriod(await facts.SumByPeriodAsync(filter, ct));

    public async Task<ChartTable<SumRow>> SumByMonthAsync(IndicatorFilter filter, CancellationToken ct = default) =>
        new(ChartNames.SumByMonth, SumColumns, await queries.SumByAsync(filter, IndicatorGrouping.Month, ct), []);

    /// <summary>
    /// The rows of any chart for a download. A sum of facts also lists, per row, the facts it adds
    /// and the articles of all their mentions (<c>/api/facts/sources</c> gives each mention).
    /// </summary>
    public async Task<IChartTable> LoadForExportAsync(string chart, IndicatorFilter filter, CancellationToken ct = default)
    {
        switch (chart)
        {
            case ChartNames.ByDistrict or ChartNames.BySector or ChartNames.ByMetric or ChartNames.ByMonth:
                return await CountsAsync(chart, filter, ct);
            case ChartNames.Heatmap:
                return await HeatmapAsync(filter, ct);
            case ChartNames.LargestAmounts:
                return await LargestAmountsAsync(filter, ct);
            case ChartNames.SumByMonth:
                return await SumByMonthAsync(filter, ct);
            case ChartNames.SumByDistrict:
            {
                var table = await SumByDistrictAsync(filter, ct);
                var (behind, sources) = await FactsBehindAsync(filter, ct);
                return FactChartTables.WithFacts(table, behind, sources, FactChartTables.DistrictKey, FactChartTables.DistrictKey);
            }
            case ChartNames.SumByPeriod:
            {
                var table = await SumByPeriodAsync(filter, ct);
                var (behind, sources) = await FactsBehindAsync(filter, ct);
                return FactChartTables.WithFacts(table, behind.Where(f => f.Period is not null).ToList(), sources, FactChartTables.PeriodKey, FactChartTables.PeriodKey);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(chart), chart, $"Unknown chart. Known: {string.Join(", ", ChartNames.All)}.");
        }
    }

    private async Task<(IReadOnlyList<FactView> Facts, IReadOnlyList<FactSource> Sources)> FactsBehindAsync(IndicatorFilter filter, CancellationToken ct)
    {
        var behind = await facts.ListFactsAsync(filter, summableOnly: true, FactChartTables.MaxFactsListed, ct);
        return (behind, await facts.SourcesAsync(behind.Select(f => f.Id).ToList(), ct));
    }

    private static readonly ExportColumn CountColumn = new("count", "指标数", "Indicators", Width: 10);

    // Indicators without a district (or sector) are grouped under an empty key: a download says so with an empty cell.
    private static IReadOnlyList<ExportColumn<CountRow>> CountColumns(string key) =>
        [new(KeyColumn(key), r => r.Key.Length == 0 ? null : r.Key), new(CountColumn, r => r.Count)];

    private static readonly IReadOnlyList<ExportColumn<SumRow>> SumColumns =
    [
        new(KeyColumn("month"), r => r.Key.Length == 0 ? null : r.Key), new(new("unit", "单位", "Unit", ExportCodeList.Unit, Width: 10), r => r.Unit),
        new(new("counter", "量词", "Counter", Width: 8), r => r.Counter), new(CountColumn, r => r.Count),
        new(new("value", "合计", "Total", Width: 16, IsAmount: true), r => r.Sum), new(new("max", "最大值", "Largest", Width: 16, IsAmount: true), r => r.Max),
    ];

    private static readonly IReadOnlyList<ExportColumn<HeatCell>> HeatColumns =
        [new(KeyColumn("district"), c => c.District), new(KeyColumn("sector"), c => c.Sector), new(CountColumn, c => c.Count)];

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
    public async Task<ExportTable> ToExportAsync(IChartTable table, IndicatorFilter filter, CultureInfo culture, DateTimeOffset now, int maxSources, CancellationToken ct = default)
    {
        // Tables that carry their own sources (largest amounts, sums of facts) cite those.
        var sources = table.Sources.Count > 0 || table.Chart == ChartNames.LargestAmounts
            ? table.Sources.ToAsyncEnumerable()
            : queries.StreamCitedArticlesAsync(filter, maxSources, ct).Select(IndicatorColumns.ToSource);
        var labels = new ExportLabels(culture, await queries.GetReferenceDataAsync(ct));
        return new ExportTable(table.Chart, table.Headings, table.Cells().ToAsyncEnumerable(), ExportFilters.Of(filter), now, sources, labels);
    }
}
