using Bunit;
using MetricsDashboard.Web.Components.Pages;
using MetricsDashboard.Web.Tests.Components.Fakes;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Web.Tests.Components;

public sealed class ArticlesTests : IDisposable
{
    private readonly PageTestContext _page;
    private readonly FakeQueryService _queries;
    private readonly BunitContext _ctx;

    public ArticlesTests()
    {
        _page = new PageTestContext();
        _queries = _page.Queries;
        _ctx = _page.Context;
    }

    public void Dispose()
    {
        _page.Dispose();
    }

    [Fact]
    public void Render_NoArticles_SaysNoneHaveBeenImported()
    {
        var cut = _ctx.Render<Articles>();

        var empty = cut.WaitForElement("[data-testid=articles-empty]");
        Assert.Contains("还没有导入任何文章", empty.TextContent);
        Assert.Empty(cut.FindAll("[data-testid=article-row]"));
    }

    [Fact]
    public void Render_FilteredToNothing_SaysNoneMatch()
    {
        _ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/articles?district=锦江区");

        var cut = _ctx.Render<Articles>();

        Assert.Contains("没有符合当前筛选条件的文章", cut.WaitForElement("[data-testid=articles-empty]").TextContent);
    }

    [Fact]
    public void Render_Articles_ListsEachWithLinkDateDistrictSectorFileAndCount()
    {
        _queries.Articles.Add(ArticleSamples.Item(3));
        _queries.Articles.Add(ArticleSamples.Item(4, title: null) with { District = null });

        var cut = _ctx.Render<Articles>();

        var rows = cut.WaitForElements("[data-testid=article-row]");
        Assert.Equal(2, rows.Count);
        var link = rows[0].QuerySelector("[data-testid=article-link]")!;
        Assert.Equal("/articles/3", link.GetAttribute("href"));
        Assert.Equal("锦江区消费市场持续回暖", link.TextContent);
        Assert.Contains("2024-12-26", rows[0].TextContent);
        Assert.Contains("消费与商贸", rows[0].TextContent);
        Assert.Contains("2024-12-26_cdrb_01.txt", rows[0].TextContent);
        Assert.Equal("（无标题）", rows[1].QuerySelector("[data-testid=article-link]")!.TextContent);
        Assert.Contains("未注明", rows[1].TextContent);
    }

    [Fact]
    public void Render_FiltersInUrl_AreHandedToTheQuery()
    {
        _ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/articles?district=锦江区&sector=public_safety&from=2024-01");

        var cut = _ctx.Render<Articles>();

        cut.WaitForElement("[data-testid=articles-filtered]");
        var filter = _queries.Requests.Last();
        Assert.Equal(["锦江区"], filter.Districts);
        Assert.Equal(["public_safety"], filter.Sectors);
        Assert.Equal(new DateOnly(2024, 1, 1), filter.From);
    }
}
