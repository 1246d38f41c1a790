using Bunit;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Components.Controls;
using MetricsDashboard.Web.Model.Filters;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Web.Tests.Components;

public sealed class DownloadMenuTests : IDisposable
{
    private readonly BunitContext _ctx = new();
    private readonly CultureScope _culture = new("zh-CN");

    public DownloadMenuTests() => _ctx.Services.AddLocalization();

    public void Dispose()
    {
        _ctx.Dispose();
        _culture.Dispose();
    }

    [Fact]
    public void Render_Chart_LinksEachFormatToTheChartEndpointWithFilters()
    {
        var filters = new FilterState { Districts = ["锦江区"], Sectors = ["finance"] };

        var cut = _ctx.Render<DownloadMenu>(p => p.Add(c => c.Chart, ChartNames.ByDistrict).Add(c => c.Filters, filters));

        var links = cut.FindAll("a[download]").ToDictionary(a => a.GetAttribute("data-format")!, a => a.GetAttribute("href"));
        Assert.Equal("/api/charts/by-district?district=%E9%94%A6%E6%B1%9F%E5%8C%BA&sector=finance&format=csv", links["csv"]);
        Assert.EndsWith("&format=json", links["json"]);
        Assert.EndsWith("&format=xlsx", links["xlsx"]);
    }

    [Fact]
    public void Render_NoChart_LinksToTheIndicatorEndpoint()
    {
        var cut = _ctx.Render<DownloadMenu>(p => p.Add(c => c.Filters, FilterState.Empty));

        Assert.Equal("/api/indicators?format=csv", cut.Find("a[data-format=csv]").GetAttribute("href"));
        Assert.Contains("CSV", cut.Find("a[data-format=csv]").TextContent);
    }
}
