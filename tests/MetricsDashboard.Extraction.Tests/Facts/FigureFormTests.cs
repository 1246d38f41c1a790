using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Extraction.Tests.Facts;

/// <summary>Which numbers are amounts: size classes, thresholds, caps and enumerations are not.</summary>
public sealed class FigureFormTests
{
    private static readonly IndicatorExtractor Extractor = new();

    private static IReadOnlyList<Indicator> Extract(string text) =>
        Extractor.Extract(SourceDocument.FromText("a.txt", text, new DateOnly(2024, 1, 9))).Indicators;

    private static Indicator Find(string text, string surfaceStart) =>
        Extract(text).First(i => i.Surface.StartsWith(surfaceStart, StringComparison.Ordinal));

    [Fact]
    public void Extract_SizeClass_IsNotAnAmount()
    {
        var indicator = Find("金堂县培育打造千亿级绿色制造产业。", "千亿");
        Assert.Equal(FigureForm.SizeClass, indicator.Form);
    }

    [Fact]
    public void Extract_Cap_IsNotAnAmount()
    {
        var indicator = Find("3000万元消费券，单人优惠次数不限，累计最高可省1500元。", "1500");
        Assert.Equal(FigureForm.Cap, indicator.Form);
        Assert.Equal(FigureForm.Amount, Find("3000万元消费券，单人优惠次数不限，累计最高可省1500元。", "3000").Form);
    }

    [Fact]
    public void Extract_Enumeration_IsNeverAnAmount()
    {
        // A plain enumeration is not even emitted (issue 10); one kept after a counting verb is no amount.
        Assert.DoesNotContain(Extract("锦江区将重点发展现代商贸业、新兴金融业、文化创意业三大产业。"), i => i.Form == FigureForm.Amount && i.Surface.StartsWith("三大", StringComparison.Ordinal));
        var kept = Find("全年培育十大洲级销冠企业。", "十大");
        Assert.Equal(FigureForm.Enumeration, kept.Form);
    }

    [Fact]
    public void Extract_MoneyThresholdBeforeProjects_IsAThreshold()
    {
        var indicators = Extract("新都区今年新开工5亿元以上项目12个。");
        Assert.Equal(FigureForm.Threshold, indicators.Single(i => i.Unit == CanonicalUnit.Cny).Form);
        Assert.Equal(FigureForm.Amount, indicators.Single(i => i.Unit == CanonicalUnit.Count).Form);
    }

    [Fact]
    public void Extract_CountWithMoreThan_StaysAnAmount()
    {
        var indicator = Find("今年引进30个以上文旅项目。", "30");
        Assert.Equal(FigureForm.Amount, indicator.Form);
    }
}
