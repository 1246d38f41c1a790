using Bunit;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Components.Controls;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace MetricsDashboard.Web.Tests.Components;

public sealed class DownloadMenuTests : IDisposable
{
    private readonly BunitContext _ctx = new();
    private readonly CultureScope _culture = new("zh-CN");

    public DownloadMenuTests()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddLocalization();
        _ctx.Services.AddMudServices();
    }

    /// <summary>Renders the menu and opens it: its items live in MudBlazor's popover layer.</summary>
    private IRenderedComponent<MudPopoverProvider> Open(Action<ComponentParameterCollectionBuilder<DownloadMenu>> parameters)
    {
        var popovers = _ctx.Render<MudPopoverProvider>();
        var cut = _ctx.Render(parameters);
        cut.Find("button").Click();
        return popovers;
    }

    public void Dispose()
    {
        _ctx.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _culture.Dispose();
    }

    [Fact]
    public void Render_Chart_LinksEachFormatToTheChartEndpointWithFilters()
    {
        var filters = new IndicatorFilter { Districts = ["锦江区"], Sectors = ["finance"] };

        var menu = Open(p => p.Add(c => c.Chart, ChartNames.ByDistrict).Add(c => c.Filters, filters));

        var links = menu.FindAll("a[data-format]").ToDictionary(a => a.GetAttribute("data-format")!, a => a.GetAttribute("href"));
        Assert.Equal("/api/charts/by-district?district=%E9%94%A6%E6%B1%9F%E5%8C%BA&sector=finance&format=csv", links["csv"]);
        Assert.EndsWith("&format=json", links["json"]);
        Assert.EndsWith("&format=xlsx", links["xlsx"]);
    }

    [Fact]
    public void Render_NoChart_LinksToTheIndicatorEndpoint()
    {
        var menu = Open(p => p.Add(c => c.Filters, IndicatorFilter.Empty));

        Assert.Equal("/api/indicators?format=csv", menu.Find("a[data-format=csv]").GetAttribute("href"));
        Assert.Contains("CSV", menu.Find("a[data-format=csv]").TextContent);
    }
}
