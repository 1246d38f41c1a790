using Bunit;
using MetricsDashboard.Web.Components.Pages;
using MetricsDashboard.Web.Tests.Components.Fakes;
using MetricsDashboard.Web.Model;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Web.Tests.Components;

public sealed class ArticleDetailTests : IDisposable
{
    private readonly PageTestContext _page;
    private readonly FakeQueryService _queries;
    private readonly BunitContext _ctx;

    public ArticleDetailTests()
    {
        _page = new PageTestContext();
        _queries = _page.Queries;
        _ctx = _page.Context;
        _queries.Details[1] = ArticleSamples.Detail();
    }

    public void Dispose()
    {
        _page.Dispose();
    }

    private IRenderedComponent<ArticleDetail> Render(int id, long? indicator = null)
    {
        // ?indicator= is read from the URL, as in the app.
        _ctx.Services.GetRequiredService<NavigationManager>().NavigateTo(
            indicator is { } focus ? DashboardUrls.ArticleIndicator(id, focus) : DashboardUrls.Article(id));
        return _ctx.Render<ArticleDetail>(p => p.Add(c => c.Id, id));
    }

    [Fact]
    public void Render_Article_MarksEveryExtractedNumberWithTooltip()
    {
        var cut = Render(1);

        var marks = cut.WaitForElements("[data-testid=article-text] mark");
        Assert.Equal(["1298.6亿元", "4439起"], marks.Select(m => m.TextContent));
        Assert.Equal(["indicator-1", "indicator-2"], marks.Select(m => m.Id));
        Assert.Contains("1298.6亿元", marks[0].GetAttribute("title"));
        Assert.Contains("社会消费品零售总额", marks[0].GetAttribute("title"));
        Assert.Contains("4439起", marks[1].GetAttribute("title"));
        Assert.Contains("案件", marks[1].GetAttribute("title"));
    }

    [Fact]
    public void Render_Article_ShowsMetadataParagraphsAndIndicatorList()
    {
        var cut = Render(1);

        Assert.Equal("锦江区消费市场持续回暖", cut.WaitForElement("[data-testid=article-title]").TextContent.Trim());
        var meta = cut.Find("[data-testid=article-meta]").TextContent;
        Assert.Contains("记者 王明", meta);
        Assert.Contains("2024-12-26", meta);
        Assert.Contains("2024-12-26_cdrb_01.txt", meta);
        // Two paragraphs of text besides the hint: the blank line is kept as a break, not as an empty paragraph.
        Assert.Equal(2, cut.FindAll("[data-testid=article-text] p:not(.md-hint)").Count);
        var items = cut.FindAll("[data-testid=indicator-item]");
        Assert.Equal(2, items.Count);
        Assert.Contains("1298.6亿元", items[0].TextContent);
        Assert.Contains("消费与商贸", items[0].TextContent);
        Assert.Equal("/articles/1?indicator=2#indicator-2", items[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Render_HtmlInArticleText_IsShownAsTextNotMarkup()
    {
        var cut = Render(1);

        cut.WaitForElement("[data-testid=article-text]");
        Assert.Empty(cut.FindAll("script"));
        Assert.Contains(ArticleSamples.Script, cut.Find("[data-testid=article-text]").TextContent);
        Assert.Contains("&lt;script&gt;", cut.Markup);
    }

    [Fact]
    public void Render_IndicatorQuery_HighlightsItsSentenceStronglyAndScrollsToIt()
    {
        var module = _ctx.JSInterop.SetupModule(ArticleDetail.ScrollModulePath);
        module.SetupVoid("scrollToElement", _ => true);

        var cut = Render(1, indicator: 2);

        cut.WaitForAssertion(() => Assert.Single(module.Invocations["scrollToElement"]));
        Assert.Equal("indicator-2", module.Invocations["scrollToElement"][0].Arguments[0]);
        var focusedMark = cut.Find("mark.md-mark-focus");
        Assert.Equal("indicator-2", focusedMark.Id);
        Assert.DoesNotContain("md-mark-focus", cut.Find("#indicator-1").ClassName);
        var sentence = string.Concat(cut.FindAll("[data-testid=focus-sentence], mark.md-mark-focus").Select(e => e.TextContent));
        Assert.Equal("全年侦办经济犯罪案件4439起。", sentence);
        Assert.Contains("md-indicator-selected", cut.FindAll("[data-testid=indicator-item]")[1].ClassName);
    }

    [Fact]
    public void Render_UnknownId_AnswersNotFound()
    {
        var navigation = _ctx.Services.GetRequiredService<NavigationManager>();
        var notFound = false;
        navigation.OnNotFound += (_, _) => notFound = true;

        var cut = Render(404);

        // The router then shows the friendly 404 page (and the server answers HTTP 404: ArticlesEndpointTests).
        cut.WaitForAssertion(() => Assert.True(notFound));
        Assert.Empty(cut.FindAll("mark"));
    }
}
