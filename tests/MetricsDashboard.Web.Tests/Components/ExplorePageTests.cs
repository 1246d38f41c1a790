using Bunit;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Components.Pages;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Web.Tests.Components;

public sealed class ExplorePageTests : IDisposable
{
    private readonly PageTestContext _page = new();

    public void Dispose() => _page.Dispose();

    [Fact]
    public void Render_Rows_ShowsChineseValuesLinkedToSources()
    {
        _page.Queries.Rows.Add(FakeQueryService.Row(7, "锦江区", "public_safety", "cases", 170000, CanonicalUnit.Count, "名"));

        var cut = _page.Context.Render<Explore>();

        cut.WaitForAssertion(() =>
        {
            var link = cut.Find("[data-testid=explore-grid] [data-testid=indicator-link]");
            Assert.Equal("17万名", link.TextContent.Trim());
            Assert.Equal("/articles/17?indicator=7#indicator-7", link.GetAttribute("href"));
        });
        Assert.Contains("共 1 条指标", cut.Find("[data-testid=explore-count]").TextContent);
    }

    [Fact]
    public void Render_UrlFilters_ReachTheQueryAndTheDownloadLink()
    {
        _page.Context.Services.GetRequiredService<NavigationManager>().NavigateTo("/explore?sector=public_safety&unit=count");

        var popovers = _page.RenderPopovers();
        var cut = _page.Context.Render<Explore>();

        cut.WaitForAssertion(() => Assert.Contains(_page.Queries.Requests, r => r.Sectors.SequenceEqual(["public_safety"]) && r.Units.SequenceEqual([CanonicalUnit.Count])));
        cut.Find("[data-testid=explore-download] button").Click();
        Assert.Equal("/api/indicators?sector=public_safety&unit=count&format=xlsx", popovers.Find("a[data-format=xlsx]").GetAttribute("href"));
    }

    [Fact]
    public void Render_NoRows_SaysSo()
    {
        var cut = _page.Context.Render<Explore>();

        cut.WaitForAssertion(() => Assert.Contains("没有符合当前筛选条件的指标", cut.Find("[data-testid=explore-empty]").TextContent));
    }

    [Fact]
    public void Render_ViewInUrl_ReachesTheQuery()
    {
        for (var i = 0; i < 120; i++)
        {
            _page.Queries.Rows.Add(FakeQueryService.Row(i + 1, "锦江区", "public_safety", "cases", i, CanonicalUnit.Count, "起"));
        }
        _page.Context.Services.GetRequiredService<NavigationManager>().NavigateTo("/explore?sort=value&dir=asc&page=2&size=50");

        var cut = _page.Context.Render<Explore>();

        cut.WaitForAssertion(() => Assert.True(_page.Queries.ListRequests.Contains((IndicatorSort.Value, false, 50, 50)), string.Join(";", _page.Queries.ListRequests)));
        cut.WaitForAssertion(() => Assert.Equal(50, cut.FindAll("[data-testid=explore-grid] [data-testid=indicator-link]").Count));
        Assert.NotNull(cut.Find("[data-testid=explore-value-sort-note]"));
    }

    [Fact]
    public void Pager_InChinese_ShowsMudBlazorTextsInChinese()
    {
        _page.Queries.Rows.Add(FakeQueryService.Row(7, "锦江区", "public_safety", "cases", 170000, CanonicalUnit.Count, "名"));

        var cut = _page.Context.Render<Explore>();

        cut.WaitForAssertion(() => Assert.Contains("每页行数", cut.Find("[data-testid=explore-grid]").TextContent));
        Assert.Contains("共 1 条", cut.Find(".mud-table-pagination").TextContent);
        Assert.DoesNotContain("Rows per page", cut.Markup);
    }

    [Fact]
    public void Pager_InEnglish_ShowsMudBlazorsEnglishTexts()
    {
        using var english = new CultureScope("en");
        _page.Queries.Rows.Add(FakeQueryService.Row(7, "锦江区", "public_safety", "cases", 170000, CanonicalUnit.Count, "name"));

        var cut = _page.Context.Render<Explore>();

        cut.WaitForAssertion(() => Assert.Contains("Rows per page", cut.Find("[data-testid=explore-grid]").TextContent));
        Assert.DoesNotContain("每页行数", cut.Markup);
    }
}
