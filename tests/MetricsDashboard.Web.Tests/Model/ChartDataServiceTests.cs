using MetricsDashboard.Data.Queries;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Tests.Support;

namespace MetricsDashboard.Web.Tests.Model;

public sealed class ChartDataServiceTests
{
    [Fact]
    public void ContiguousMonths_Gap_IsFilledWithZeros()
    {
        var filled = ChartDataService.ContiguousMonths([new CountRow("2023-11", 3), new CountRow("2024-02", 5)]);

        Assert.Equal(["2023-11", "2023-12", "2024-01", "2024-02"], filled.Select(r => r.Key));
        Assert.Equal([3, 0, 0, 5], filled.Select(r => r.Count));
    }

    [Fact]
    public void ContiguousMonths_NonMonthKeys_AreLeftAlone()
    {
        CountRow[] rows = [new("锦江区", 3), new("武侯区", 1)];

        Assert.Same(rows, ChartDataService.ContiguousMonths(rows));
    }

    [Fact]
    public async Task CoverageAsync_EveryTable_SameAsTheChartsOwnDownload()
    {
        var queries = new FakeQueryService();
        queries.Rows.AddRange(
        [
            FakeQueryService.Row(1, "锦江区", "consumption_commerce", "retail_sales", 1.2986e11, CanonicalUnit.Cny),
            FakeQueryService.Row(2, "锦江区", "public_safety", "cases", 4439, CanonicalUnit.Count, "起") with { PublishedOn = new DateOnly(2024, 4, 2) },
            FakeQueryService.Row(3, "武侯区", "public_safety", "cases", 58, CanonicalUnit.Count, "起"),
        ]);
        var charts = new ChartDataService(queries, new FakeFactQueryService(queries));
        var filter = new IndicatorFilter { Sectors = ["consumption_commerce", "public_safety"] };

        var (summary, byDistrict, bySector, byMonth, heatmap) = await charts.CoverageAsync(filter);

        Assert.Equal(3, summary.Indicators);
        AssertSameTable(await charts.CountsAsync(ChartNames.ByDistrict, filter), byDistrict);
        AssertSameTable(await charts.CountsAsync(ChartNames.BySector, filter), bySector);
        AssertSameTable(await charts.CountsAsync(ChartNames.ByMonth, filter), byMonth);
        AssertSameTable(await charts.HeatmapAsync(filter), heatmap);
        // The months between are rows of 0, as in the chart's own table.
        Assert.Equal(["2024-01", "2024-02", "2024-03", "2024-04"], byMonth.Rows.Select(r => r.Key));
    }

    private static void AssertSameTable<TRow>(ChartTable<TRow> expected, ChartTable<TRow> actual)
    {
        Assert.Equal(expected.Chart, actual.Chart);
        Assert.Equal(expected.Headings, actual.Headings);
        Assert.Equal(expected.Cells(), actual.Cells());
    }
}
