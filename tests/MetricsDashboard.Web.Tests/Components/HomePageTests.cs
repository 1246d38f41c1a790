using System.Text.Json.Nodes;
using Bunit;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Components.Controls;
using MetricsDashboard.Web.Components.Pages;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MetricsDashboard.Web.Tests.Components;

public sealed class HomePageTests : IDisposable
{
    private readonly PageTestContext _page = new();

    public HomePageTests()
    {
        _page.Queries.Rows.AddRange(
        [
            FakeQueryService.Row(1, "锦江区", "consumption_commerce", "retail_sales", 1.2986e11, CanonicalUnit.Cny),
            FakeQueryService.Row(2, "锦江区", "public_safety", "cases", 4439, CanonicalUnit.Count, "起"),
            FakeQueryService.Row(3, "武侯区", "public_safety", "cases", 58, CanonicalUnit.Count, "起"),
        ]);
    }

    public void Dispose() => _page.Dispose();

    [Fact]
    public void Render_WithData_ShowsSummaryAndDrawsDistrictChart()
    {
        var cut = _page.Context.Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal("3", cut.Find("[data-testid=stat-indicators] .md-stat-value").TextContent.Trim()));
        var create = _page.Chart.Invocations["create"].Select(i => (JsonObject)i.Arguments[1]!)
            .First(o => (bool?)o["plotOptions"]?["bar"]?["horizontal"] == true);
        var points = create["series"]![0]!["data"]!.AsArray().Select(p => (string)p!["x"]!).ToArray();
        Assert.Equal(["锦江区", "武侯区"], points);
    }

    [Fact]
    public void Render_LargestAmounts_LinksValueToItsSentence()
    {
        var cut = _page.Context.Render<Home>();

        cut.WaitForAssertion(() =>
        {
            var link = cut.Find("[data-testid=largest] [data-testid=indicator-link]");
            Assert.Equal("1298.6亿元", link.TextContent.Trim());
            Assert.Equal("/articles/11?indicator=1#indicator-1", link.GetAttribute("href"));
        });
    }

    [Fact]
    public void ClickHeatmapCell_FiltersByItsAreaAndTopic()
    {
        var navigation = _page.Context.Services.GetRequiredService<NavigationManager>();
        var cut = _page.Context.Render<Home>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=heatmap-chart] button.md-heat-button")));

        // Busiest area first: 锦江区 (2 figures) above 武侯区; the cell of 武侯区 × public safety.
        Assert.Equal(["锦江区", "武侯区"], cut.FindAll("[data-testid=heatmap-chart] th.md-heat-row").Select(th => th.TextContent.Trim()));
        cut.FindAll("[data-testid=heatmap-chart] tbody tr")[1].QuerySelector("button.md-heat-button")!.Click();

        cut.WaitForAssertion(() => Assert.EndsWith("/?district=%E6%AD%A6%E4%BE%AF%E5%8C%BA&sector=public_safety", navigation.Uri));
    }

    [Fact]
    public async Task PickDistrict_InFilterBar_PutsItInTheUrlAndReloadsFiltered()
    {
        var navigation = _page.Context.Services.GetRequiredService<NavigationManager>();
        var cut = _page.Context.Render<Home>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=stat-indicators]"));

        var districts = cut.FindComponents<MudSelect<string>>().First(d => Equals(d.Instance.UserAttributes["data-testid"], "filter-district"));
        // Awaited, and the URL waited for: the handler is asynchronous, so an unawaited call raced the
        // assertion (it failed once in CI under load).
        await cut.InvokeAsync(() => districts.Instance.SelectedValuesChanged.InvokeAsync(["锦江区"]));

        cut.WaitForAssertion(() => Assert.EndsWith("/?district=%E9%94%A6%E6%B1%9F%E5%8C%BA", navigation.Uri));
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[data-testid=stat-indicators] .md-stat-value").TextContent.Trim()));
        Assert.Contains(_page.Queries.Requests, r => r.Districts.SequenceEqual(["锦江区"]));
        cut.WaitForAssertion(() => Assert.Equal(["锦江区"], cut.FindComponents<DownloadMenu>().First().Instance.Filters.Districts));
    }

    [Fact]
    public void Render_FilterMatchesNothing_SaysSoInsteadOfEmptyCharts()
    {
        _page.Context.Services.GetRequiredService<NavigationManager>().NavigateTo("/?district=金牛区");

        var cut = _page.Context.Render<Home>();

        cut.WaitForAssertion(() => Assert.Contains("没有符合当前筛选条件的指标", cut.Find("[data-testid=overview-empty]").TextContent));
        Assert.NotEmpty(cut.FindAll("[data-testid=by-district-empty]"));
        Assert.Empty(cut.FindAll("[data-testid=by-district-chart]"));
    }

    [Fact]
    public void Render_BadDateInUrl_ShowsWhichFilterWasIgnored()
    {
        _page.Context.Services.GetRequiredService<NavigationManager>().NavigateTo("/?from=someday");

        var cut = _page.Context.Render<Home>();

        cut.WaitForAssertion(() => Assert.Contains("from", cut.Find("[data-testid=filter-errors]").TextContent));
    }

    [Fact]
    public void Render_UnknownUnitInUrl_NamesTheUnitsItTakes()
    {
        _page.Context.Services.GetRequiredService<NavigationManager>().NavigateTo("/?unit=litre&kind=actual");

        var cut = _page.Context.Render<Home>();

        cut.WaitForAssertion(() =>
        {
            var text = cut.Find("[data-testid=filter-errors]").TextContent;
            Assert.Contains("litre", text);
            Assert.Contains("CNY, USD, percent", text);
            Assert.DoesNotContain("yyyy-MM", text);
        });
    }
}
