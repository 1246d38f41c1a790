using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Model.Formatting;
using MetricsDashboard.Web.Tests.Support;

namespace MetricsDashboard.Web.Tests.Model;

/// <summary>A measure's series as charts: the overview's latest-period chart draws the largest areas only; the table keeps them all.</summary>
public sealed class SeriesChartsTests
{
    private static readonly DisplayNames Names = TestDisplayNames.Create("en", new ReferenceData([], [], [], [CanonicalUnit.Cny]));

    // 20 areas in 2024-02 (the latest period; 区01 is the smallest), one older point.
    private static MeasureSeries Series() => new(
        new MeasureInfo("retail_sales_total", "Retail sales", [], "CNY", 21),
        [
            new SeriesPoint("区00", "2024-01", "month", new DateOnly(2024, 1, 1), CanonicalUnit.Cny, null, IndicatorKind.Actual, 1e9, [100]),
            .. Enumerable.Range(1, 20).Select(i => new SeriesPoint($"区{i:D2}", "2024-02", "month", new DateOnly(2024, 2, 1), CanonicalUnit.Cny, null, IndicatorKind.Actual, i * 1e8, [i])),
        ]);

    [Fact]
    public void Build_MaxBars_DrawsTheLargestAreasOfTheLatestPeriodAndNoOthersBar()
    {
        var charts = SeriesCharts.Build(Series(), Names, maxBars: 15);

        var bars = Assert.Single(charts.LatestByArea).Points;
        Assert.Equal(Enumerable.Range(6, 15).Reverse().Select(i => $"区{i:D2}"), bars.Select(p => p.Key));
        Assert.Equal(20e8, bars[0].Y);
        Assert.Equal(21, charts.Areas.Count);
        Assert.Equal(21, charts.Cells.Count);
    }

    [Fact]
    public void Build_WithoutMaxBars_DrawsEveryAreaOfTheLatestPeriod()
    {
        var charts = SeriesCharts.Build(Series(), Names);

        Assert.Equal(20, Assert.Single(charts.LatestByArea).Points.Count);
        Assert.Equal("2024-02", charts.LatestPeriod);
    }

    [Fact]
    public void Build_MaxPeriods_DrawsTheLatestPeriods_TheTableKeepsThemAll()
    {
        var months = new MeasureSeries(
            new MeasureInfo("retail_sales_total", "Retail sales", [], "CNY", 36),
            Enumerable.Range(0, 36).Select(i => new SeriesPoint("锦江区", $"{2021 + i / 12}-{i % 12 + 1:D2}", "month", new DateOnly(2021 + i / 12, i % 12 + 1, 1), CanonicalUnit.Cny, null, IndicatorKind.Actual, i, [i])).ToList());

        var charts = SeriesCharts.Build(months, Names, maxPeriods: 24);

        var line = Assert.Single(charts.OverTime).Points;
        Assert.Equal(24, line.Count);
        Assert.Equal(("2022-01", "2023-12"), (line[0].X, line[^1].X));
        Assert.Equal(36, charts.Periods.Count);
        Assert.Equal(36, charts.Cells.Count);
    }

    [Theory]
    [InlineData("2024", "各地区（2024）")]
    [InlineData(null, "各地区")]
    [InlineData("", "各地区")]
    public void LatestByAreaTitle_NamesThePeriod_OrNoneWhenThereIsNothingToDraw(string? period, string expected)
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            var localizer = new Microsoft.Extensions.Localization.StringLocalizer<MetricsDashboard.Web.Resources.UiStrings>(
                new Microsoft.Extensions.Localization.ResourceManagerStringLocalizerFactory(
                    Microsoft.Extensions.Options.Options.Create(new Microsoft.Extensions.Localization.LocalizationOptions()),
                    Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance));

            Assert.Equal(expected, SeriesCharts.LatestByAreaTitle(localizer, period));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
