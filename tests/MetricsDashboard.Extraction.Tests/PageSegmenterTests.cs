using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Extraction.Tests;

public sealed class PageSegmenterTests
{
    private static readonly IndicatorExtractor Extractor = new();

    [Fact]
    public void Extract_BylinesEndArticles_SplitsPage()
    {
        const string page = "菜市里的小书屋\n\n7日，成都桂溪路，人们在菜市书屋里静心读书。\n\n成都日报锦观新闻记者 胡大田 摄影报道\n\n"
            + "四川公安年度盘点\n\n昨天上午，四川省公安厅举行新闻发布会，破获案件58起。\n\n成都日报锦观新闻记者 杨魁";
        var result = Extractor.Extract(SourceDocument.FromText("page.txt", page));
        Assert.Equal(2, result.Articles.Count);
        Assert.Equal("菜市里的小书屋", result.Articles[0].Title);
        Assert.Equal("成都日报锦观新闻记者胡大田摄影报道", result.Articles[0].Byline);
        Assert.Equal("四川公安年度盘点", result.Articles[1].Title);
        Assert.Equal("四川省", result.Articles[1].District);
        Assert.Equal(1, Assert.Single(result.Indicators).ArticleIndex);
    }

    [Fact]
    public void Extract_BenbaoxunOpensArticle_SplitsBeforeItsHeadline()
    {
        const string page = "第一篇正文，新增项目12个。\n\n超额完成 300个川渝共建项目\n本报讯(成都日报锦观新闻记者 刘泰山)300个共建重点项目全年完成投资5200亿元。";
        var result = Extractor.Extract(SourceDocument.FromText("page.txt", page));
        Assert.Equal(2, result.Articles.Count);
        Assert.Equal("超额完成300个川渝共建项目", result.Articles[1].Title);
    }

    [Fact]
    public void Extract_HeadlineWithCommaAboveOpener_HeadsTheNewArticle()
    {
        const string page = "第一篇正文，座谈会在成都高新区召开，新增项目12个。\n\n3000万元成都消费券活动 12日开启 无需领券,付款核销时即享立减优惠\n\n"
            + "本报讯(成都日报锦观新闻记者 王柳)记者从成都市商务局获悉，消费券活动开启。";
        var result = Extractor.Extract(SourceDocument.FromText("page.txt", page));
        Assert.Equal(2, result.Articles.Count);
        Assert.StartsWith("3000万元成都消费券活动", result.Articles[1].Title, StringComparison.Ordinal);
        var voucher = Assert.Single(result.Indicators, i => i.Value == 30000000);
        Assert.Equal(1, voucher.ArticleIndex);
        Assert.Equal("成都市", voucher.District);
    }

    [Fact]
    public void Extract_BodyParagraphAboveOpener_StaysInItsArticle()
    {
        const string page = "第一篇正文，新增项目12个。\n\n全市新建停车场11个，新增泊位3410个。\n\n本报讯(成都日报锦观新闻记者 王柳)记者从成都市商务局获悉，消费券活动开启。";
        var result = Extractor.Extract(SourceDocument.FromText("page.txt", page));
        Assert.Equal(2, result.Articles.Count);
        Assert.All(result.Indicators, i => Assert.Equal(0, i.ArticleIndex));
    }

    [Fact]
    public void Extract_ContributorsBeforeReporter_IsByline_AndQuoteLeadDefersToNextParagraph()
    {
        const string page = "第一篇正文，新增项目12个。\n\n广元市朝天区：数字赋能\n\n□冉金鹭 马强 本报记者 魏彪\n\n"
            + "“把家庭成员信息录入系统后，真是太方便了。”社区副主任说。\n\n据了解，2023年，朝天区实施智慧治理示范项目。\n\n整合安装物联网感知设备100台。";
        var result = Extractor.Extract(SourceDocument.FromText("page.txt", page, new DateOnly(2023, 12, 20)));
        Assert.Equal(2, result.Articles.Count);
        Assert.Equal("□冉金鹭马强本报记者魏彪", result.Articles[1].Byline);
        var devices = Assert.Single(result.Indicators, i => i.Value == 100);
        Assert.Equal("2023", devices.Period);
    }

    [Fact]
    public void Extract_YearOnlyAfterAPlainLead_DatesNothingBeforeIt()
    {
        const string page = "第一篇正文，新增项目12个。\n\n广元市朝天区：数字赋能\n\n□本报记者 魏彪\n\n"
            + "近日，朝天区整合安装物联网感知设备100台。\n\n据了解，2023年，朝天区实施智慧治理示范项目。";
        var result = Extractor.Extract(SourceDocument.FromText("page.txt", page, new DateOnly(2023, 12, 20)));
        var devices = Assert.Single(result.Indicators, i => i.Value == 100);
        Assert.Null(devices.Period);
    }

    [Fact]
    public void Extract_SquareBylineUnderHeadline_OpensArticle()
    {
        const string page = "第一篇正文，新增项目12个。\n\n四川推动普惠金融高质量发展\n\n□本报记者 李国华\n\n近日，四川省财政厅出台政策，贴息资金4亿元。";
        var result = Extractor.Extract(SourceDocument.FromText("page.txt", page));
        Assert.Equal(2, result.Articles.Count);
        Assert.Equal("四川推动普惠金融高质量发展", result.Articles[1].Title);
        Assert.Equal("□本报记者李国华", result.Articles[1].Byline);
        Assert.Equal(1, result.Indicators[1].ArticleIndex);
    }

    [Fact]
    public void Extract_TrailingBylineInParagraph_EndsArticle()
    {
        const string page = "目前，80个问题小区已完成整治46个。成都日报锦观新闻记者 陈泳\n\n学思想 强党性";
        var result = Extractor.Extract(SourceDocument.FromText("page.txt", page));
        Assert.Equal("成都日报锦观新闻记者陈泳", result.Articles[0].Byline);
        Assert.Equal(2, result.Articles.Count);
    }

    [Fact]
    public void Extract_Sentences_AreSplitAtFullStopsAndSemicolons()
    {
        var result = Extractor.Extract(SourceDocument.FromText("a.txt", "打掉涉黑组织9个；破获积案58起。解救62人！"));
        Assert.Equal(["打掉涉黑组织9个；", "破获积案58起。", "解救62人！"], result.Indicators.Select(i => i.Sentence));
    }
}
