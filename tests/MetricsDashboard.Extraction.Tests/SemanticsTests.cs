using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Extraction.Tests;

public sealed class SemanticsTests
{
    private static readonly IndicatorExtractor Extractor = new();
    private static readonly DateOnly PageDate = new(2024, 1, 9);

    private static IReadOnlyList<Indicator> Extract(string text) =>
        Extractor.Extract(SourceDocument.FromText("a.txt", text, PageDate)).Indicators;

    [Fact]
    public void Extract_AreaRightBeforeBracketedNumber_TakesThatArea()
    {
        var indicators = Extract("从城市分布来看，北京（32家）、深圳（22家）领先。");
        Assert.Equal(["北京市", "深圳市"], indicators.Select(i => i.District));
    }

    [Fact]
    public void Extract_PronounOfArticleDistrict_ResolvesToIt()
    {
        var indicators = Extract("昨日，记者从新都区获悉，新都区光伏项目并网发电。\n该项目由成都香投公司负责实施，总投资2500万元。");
        Assert.Equal("新都区", Assert.Single(indicators).District);
    }

    [Fact]
    public void Extract_RankScope_IsNotTheDistrict()
    {
        var indicator = Assert.Single(Extract("1-11月，锦江区社会消费品零售总额总量位列成都市第一。"));
        Assert.Equal("锦江区", indicator.District);
        Assert.Equal("2024-01/2024-11", indicator.Period);
    }

    [Theory]
    [InlineData("去年全省公安机关破获案件58起。", "2023")]
    [InlineData("今年10月，锦江软件园签约项目16个。", "2024-10")]
    [InlineData("截至2023年11月底，人工接听电话4.71万次。", "2023-11")]
    [InlineData("力争到2025年实现总产值2000亿元。", "2025")]
    [InlineData("目前，全省已有5500余万参保群众申领激活了医保码。", null)]
    [InlineData("审批时限压缩至15天。", null)]
    [InlineData("年货购物节将于1月10日—22日在成都举办，展出优选产品10万种。", "2024-01")]
    public void Extract_PeriodMarkers_ResolveAgainstPageYear(string text, string? period) =>
        Assert.Equal(period, Extract(text)[0].Period);

    [Theory]
    [InlineData("四川公安侦办经济犯罪案件4439起。", "public_safety", "cases")]
    [InlineData("全省医保系统结算报销医保费用1119.73亿元。", "healthcare_insurance", "fiscal_funds")]
    [InlineData("春熙路商圈社会消费品零售总额实现1298.6亿元。", "consumption_commerce", "retail_sales")]
    [InlineData("项目预计每年可产生455.99万度绿电。", "energy_environment", "energy")]
    public void Extract_Keywords_DecideSectorAndMetric(string text, string sector, string metric)
    {
        var indicator = Extract(text)[0];
        Assert.Equal(sector, indicator.Sector);
        Assert.Equal(metric, indicator.Metric);
    }

    [Fact]
    public void Extract_InferredDate_RollsJanuaryDaysIntoNextYear()
    {
        var result = Extractor.Extract(SourceDocument.FromText("a.txt", "2024年12月31日，会议举行。1月2日，记者获悉，新增项目12个。"));
        Assert.Equal(new DateOnly(2025, 1, 2), result.PublishedOn);
        Assert.Equal(DateSource.Inferred, result.DateSource);
    }
}
