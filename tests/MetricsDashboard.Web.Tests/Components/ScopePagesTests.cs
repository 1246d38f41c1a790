using System.Text.Json.Nodes;
using Bunit;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Components.Controls;
using MetricsDashboard.Web.Components.Pages;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Web.Tests.Components;

/// <summary>The district, topic and metric pages over a hand-written query fake.</summary>
public sealed class ScopePagesTests : IDisposable
{
    private readonly PageTestContext _page = new();

    public ScopePagesTests()
    {
        _page.Queries.Rows.AddRange(
        [
            FakeQueryService.Row(1, "锦江区", "consumption_commerce", "retail_sales", 1.2986e11, CanonicalUnit.Cny),
            FakeQueryService.Row(2, "锦江区", "public_safety", "cases", 4439, CanonicalUnit.Count, "起"),
            FakeQueryService.Row(3, "武侯区", "public_safety", "cases", 58, CanonicalUnit.Count, "起"),
            FakeQueryService.Row(4, "武侯区", "public_safety", "cases", 12, CanonicalUnit.Count, "件"),
            FakeQueryService.Row(5, "武侯区", "consumption_commerce", "retail_sales", 3e9, CanonicalUnit.Cny),
        ]);
    }

    public void Dispose() => _page.Dispose();

    private IEnumerable<JsonObject> ChartsCreated() =>
        _page.Chart.Invocations["create"].Select(i => (JsonObject)i.Arguments[1]!);

    [Fact]
    public void DistrictPage_Route_ScopesEveryQueryToTheDistrictAndKeepsOtherFilters()
    {
        _page.Context.Services.GetRequiredService<NavigationManager>().NavigateTo("/districts/锦江区?sector=public_safety");

        var cut = _page.Context.Render<DistrictPage>(p => p.Add(c => c.Name, "锦江区"));

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-testid=stat-indicators] .md-stat-value").TextContent.Trim()));
        Assert.Contains("锦江区", cut.Find("[data-testid=scope-title]").TextContent);
        // Every query is scoped, except the one whole-database count of figures per area for the area filter.
        Assert.All(_page.Queries.Requests.Where(r => !r.IsEmpty), r => Assert.Equal(["锦江区"], r.Districts));
        Assert.Single(_page.Queries.Requests, r => r.IsEmpty);
        Assert.Contains(_page.Queries.Requests, r => r.Sectors.SequenceEqual(["public_safety"]));
        Assert.Empty(cut.FindAll("[data-testid=filter-district]"));
        Assert.Equal("/explore?district=%E9%94%A6%E6%B1%9F%E5%8C%BA&sector=public_safety", cut.Find(".md-page-head a").GetAttribute("href"));
    }

    [Fact]
    public void SectorPage_Route_ChartsItsDistrictsAndListsItsArticles()
    {
        var cut = _page.Context.Render<SectorPage>(p => p.Add(c => c.Key, "public_safety"));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=scope-article-list] li").Count));
        Assert.Contains("公共安全", cut.Find("[data-testid=scope-title]").TextContent);
        var districts = ChartsCreated().First(o => (bool?)o["plotOptions"]?["bar"]?["horizontal"] == true && ((string?)o["series"]![0]!["data"]![0]!["x"])?.EndsWith('区') == true);
        Assert.Equal(["武侯区", "锦江区"], districts["series"]![0]!["data"]!.AsArray().Select(p => (string)p!["x"]!));
    }

    [Fact]
    public void MetricPage_TwoCountersOfOneUnit_AreSeparateSeriesNeverSummed()
    {
        var cut = _page.Context.Render<MetricPage>(p => p.Add(c => c.Key, "cases"));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=metric-district-count]")));
        var byDistrict = ChartsCreated().First(o => (string?)o["chart"]!["type"] == "bar" && (bool?)o["plotOptions"]!["bar"]!["horizontal"] == true);
        var series = byDistrict["series"]!.AsArray();
        Assert.Equal(2, series.Count);
        Assert.Equal(["起", "件"], series.Select(s => (string)s!["name"]!));
        // 武侯区 reports 58 起 and 12 件: two bars, not one of 70.
        Assert.DoesNotContain(series.SelectMany(s => s!["data"]!.AsArray()), p => (double?)p!["y"] == 70);
        // The unit chart's download carries that unit as a filter, so the file holds what the chart shows.
        var download = cut.FindComponents<DownloadMenu>().Single(d => d.Instance.TestId == "metric-district-count-download");
        Assert.Equal(ChartNames.SumByDistrict, download.Instance.Chart);
        Assert.Equal([CanonicalUnit.Count], download.Instance.Filters.Units);
        Assert.Equal(["cases"], download.Instance.Filters.Metrics);
    }

    [Fact]
    public void MetricPage_NoRows_SaysSo()
    {
        var cut = _page.Context.Render<MetricPage>(p => p.Add(c => c.Key, "energy"));

        cut.WaitForAssertion(() => Assert.Contains("没有符合当前筛选条件的指标", cut.Find("[data-testid=metric-empty]").TextContent));
    }
}
