using MetricsDashboard.Web.Model.Charts;

namespace MetricsDashboard.Web.Tests.Components;

public sealed class ApexOptionsBuilderTests
{
    [Fact]
    public void Build_Donut_FlattensFirstSeriesIntoLabelsAndValues()
    {
        var options = ApexOptionsBuilder.Build(
            new ChartOptions { Kind = ChartKind.Donut },
            [new ChartSeries("指标数", [new ChartPoint("公共安全", 12), new ChartPoint("金融", 8)])]);

        Assert.Equal("donut", (string?)options["chart"]!["type"]);
        Assert.Equal(["公共安全", "金融"], options["labels"]!.AsArray().Select(n => (string?)n));
        Assert.Equal([12d, 8d], options["series"]!.AsArray().Select(n => (double)n!));
    }

    [Fact]
    public void Build_HorizontalBar_SetsHorizontalPlotOption()
    {
        var options = ApexOptionsBuilder.Build(new ChartOptions { Kind = ChartKind.HorizontalBar }, []);

        Assert.True((bool?)options["plotOptions"]!["bar"]!["horizontal"]);
    }

    [Theory]
    [InlineData("zh-CN", "zh-cn")]
    [InlineData("en", "en")]
    public void Build_Locale_PicksChartLocale(string culture, string expected)
    {
        var options = ApexOptionsBuilder.Build(new ChartOptions { Kind = ChartKind.Line, Locale = culture }, []);

        Assert.Equal(expected, (string?)options["chart"]!["defaultLocale"]);
    }

    [Fact]
    public void Build_DarkTheme_SetsThemeMode()
    {
        var options = ApexOptionsBuilder.Build(new ChartOptions { Kind = ChartKind.Bar, Dark = true }, []);

        Assert.Equal("dark", (string?)options["theme"]!["mode"]);
    }

    [Fact]
    public void Build_NullPoint_IsAGapNotZero()
    {
        var options = ApexOptionsBuilder.Build(
            new ChartOptions { Kind = ChartKind.Line },
            [new ChartSeries("s", [new ChartPoint("2024-01", null)])]);

        Assert.Null(options["series"]![0]!["data"]![0]!["y"]);
    }

    [Theory]
    [InlineData(false, "#37474f")]
    [InlineData(true, "#d5dbe3")]
    public void Build_Theme_GivesAxisLegendAndTooltipReadableColours(bool dark, string text)
    {
        var options = ApexOptionsBuilder.Build(new ChartOptions { Kind = ChartKind.Bar, Dark = dark }, []);

        Assert.Equal(text, (string?)options["chart"]!["foreColor"]);
        Assert.Equal(text, (string?)options["legend"]!["labels"]!["colors"]);
        Assert.Equal(dark ? "dark" : "light", (string?)options["tooltip"]!["theme"]);
    }

    [Fact]
    public void Build_Line_ShortSeriesMarkEveryPoint_LongOnesLabelEveryFew()
    {
        static ChartSeries Months(int n) => new("件数", Enumerable.Range(0, n).Select(i => new ChartPoint($"m{i}", i)).ToArray());

        var shortLine = ApexOptionsBuilder.Build(new ChartOptions { Kind = ChartKind.Line }, [Months(ApexOptionsBuilder.MarkedPoints)]);
        var longLine = ApexOptionsBuilder.Build(new ChartOptions { Kind = ChartKind.Line }, [Months(60)]);

        Assert.Equal(4, (int?)shortLine["markers"]!["size"]);
        Assert.Null(shortLine["xaxis"]);
        Assert.Equal(0, (int?)longLine["markers"]!["size"]);
        Assert.Equal(5, (int?)longLine["markers"]!["hover"]!["size"]);
        Assert.Equal(ApexOptionsBuilder.LabelledCategories, (int?)longLine["xaxis"]!["tickAmount"]);
    }
}
