using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Extraction.Tests.Facts;

/// <summary>Figures given as a breakdown (其中, 包括, 分别为) are parts of their total.</summary>
public sealed class BreakdownTests
{
    private static readonly IndicatorExtractor Extractor = new();

    private static IReadOnlyList<Indicator> Extract(string text) =>
        Extractor.Extract(SourceDocument.FromText("a.txt", text, new DateOnly(2025, 1, 3))).Indicators;

    [Fact]
    public void Extract_Seed002Breakdown_MarksFourInvestmentPartsOfTheBodyTotal()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.Root, "seeds", "002_da637086fa0aa3ff.txt"));
        var indicators = Extractor.Extract(SourceDocument.FromText("002.txt", text, new DateOnly(2025, 1, 3))).Indicators;

        var total = indicators.Select((x, k) => (x, k)).Single(p => p.x.Surface == "5200亿元").k;
        var parts = indicators.Where(x => x.PartOf == total).Select(x => x.Surface).ToList();
        Assert.Equal(["3186亿元", "1561亿元", "153亿元", "300亿元"], parts);
        var projects = indicators.Select((x, k) => (x, k)).Single(p => p.x.Surface == "300个" && p.x.Sentence.StartsWith("300个共建", StringComparison.Ordinal)).k;
        Assert.Equal(["99个", "117个", "31个", "53个"], indicators.Where(x => x.PartOf == projects).Select(x => x.Surface));
        // The completion rates after 其中 are no parts: 122% + 123% + … is no share of 122%.
        Assert.DoesNotContain(indicators, x => x.PartOf is not null && x.Unit == CanonicalUnit.Percent);
        Assert.Null(indicators[total].PartOf);
    }

    [Fact]
    public void Extract_QiZhongInSameSentence_PartOfTheCountBefore()
    {
        var indicators = Extract("今年锦江区签约项目20个，其中工业项目12个、服务业项目8个。");
        var counts = indicators.Where(i => i.Unit == CanonicalUnit.Count).ToList();
        Assert.Equal(3, counts.Count);
        Assert.Null(counts[0].PartOf);
        Assert.Equal(0, counts[1].PartOf);
        Assert.Equal(0, counts[2].PartOf);
    }

    [Fact]
    public void Extract_PartsLargerThanTheFigureBefore_AreNoParts()
    {
        var indicators = Extract("今年锦江区签约项目5个。其中工业项目12个、服务业项目8个。");
        Assert.All(indicators, i => Assert.Null(i.PartOf));
    }

    [Fact]
    public void Extract_NoMarker_NoParts()
    {
        var indicators = Extract("锦江区签约项目20个，工业项目12个。");
        Assert.All(indicators, i => Assert.Null(i.PartOf));
    }
}
