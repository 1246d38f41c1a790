using MetricsDashboard.Extraction.Normalisation;

namespace MetricsDashboard.Extraction.Tests;

public sealed class TextNormaliserTests
{
    [Theory]
    [InlineData("锦 江 区 社 会", "锦江区社会")]
    [InlineData("办结各类医保业务 4.38 亿 笔 ，结算", "办结各类医保业务4.38亿笔，结算")]
    [InlineData("有效服务全省 8600 余万", "有效服务全省8600余万")]
    [InlineData("IFS 国际金融中心", "IFS 国际金融中心")]
    [InlineData("国家医保 APP 和支付宝", "国家医保 APP 和支付宝")]
    [InlineData("１２０家，增长５％", "120家，增长5%")]
    [InlineData("3～5年 10–20万", "3—5年10—20万")]
    [InlineData("「医保码」", "“医保码”")]
    public void Normalise_SingleLine_FoldsAndRemovesArtefactSpaces(string input, string expected) =>
        Assert.Equal(expected, TextNormaliser.Normalise(input).Text);

    [Fact]
    public void Normalise_LineBrokenMidSentence_JoinsLines()
    {
        var result = TextNormaliser.Normalise("春熙路时尚商圈位于成都市中\n心，是最为外地人熟知的一张金名\n片。");
        Assert.Equal("春熙路时尚商圈位于成都市中心，是最为外地人熟知的一张金名片。", result.Text);
        Assert.Single(result.Lines);
    }

    [Fact]
    public void Normalise_BlankLineMidSentence_JoinsAcrossIt()
    {
        var result = TextNormaliser.Normalise("纷纷来锦江开\n设旗舰店。\n\n尚、餐饮、休闲等品牌，纷纷来锦江开\n\n设旗舰店、首店。");
        Assert.Equal("纷纷来锦江开设旗舰店。\n尚、餐饮、休闲等品牌，纷纷来锦江开设旗舰店、首店。", result.Text);
    }

    [Fact]
    public void Normalise_StandaloneHeadline_StaysOnItsOwnLine()
    {
        var result = TextNormaliser.Normalise("菜市里的小书屋\n\n7日，成都桂溪路，人们静心读书。\n\n成都日报锦观新闻记者 胡大田 摄影报道");
        Assert.Equal(["菜市里的小书屋", "7日，成都桂溪路，人们静心读书。", "成都日报锦观新闻记者胡大田摄影报道"], result.Text.Split('\n'));
        Assert.True(result.Lines[0].Standalone);
    }

    [Fact]
    public void Normalise_SentenceBrokenAroundHeadline_KeepsHeadlineApart()
    {
        var result = TextNormaliser.Normalise("从专业领域分布看，成都上榜企业\n\n中国金融科技企业双50榜单出炉 成都8家企业上榜\n\n从事的业务领域广泛。");
        Assert.Equal(3, result.Lines.Count);
    }

    [Fact]
    public void Normalise_OffsetMap_PointsBackToOriginalCharacters()
    {
        const string original = " 锦 江 区\n实现 1298.6 亿元。";
        var result = TextNormaliser.Normalise(original);
        Assert.Equal("锦江区实现1298.6亿元。", result.Text);
        for (int i = 0; i < result.Text.Length; i++)
        {
            Assert.Equal(result.Text[i], original[result.ToOriginal(i)]);
        }
        Assert.Equal(original.Length, result.ToOriginal(result.Text.Length));
    }

    [Fact]
    public void Extract_Result_ExposesOffsetMap()
    {
        const string original = "投资 5200 亿元。";
        var result = new IndicatorExtractor().Extract(Model.SourceDocument.FromText("a.txt", original));
        var indicator = Assert.Single(result.Indicators);
        Assert.NotNull(result.ToOriginalOffset);
        Assert.Equal("5200", original.Substring(result.ToOriginalOffset(indicator.Start), 4));
    }
}
