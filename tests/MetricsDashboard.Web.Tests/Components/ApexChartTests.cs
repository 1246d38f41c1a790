using System.Text.Json.Nodes;
using Bunit;
using MetricsDashboard.Web.Components.Controls;
using MetricsDashboard.Web.Model.Charts;

namespace MetricsDashboard.Web.Tests.Components;

public sealed class ApexChartTests : IDisposable
{
    private readonly BunitContext _ctx = new();
    private readonly BunitJSModuleInterop _module;

    private static readonly ChartOptions BarOptions = new() { Kind = ChartKind.Bar, ValueSuffix = "元", ExportFileName = "by-district" };

    private static readonly ChartSeries[] Districts =
    [
        new("金额", [new ChartPoint("锦江区", 1.2986e11), new ChartPoint("武侯区", 1e10)]),
    ];

    public ApexChartTests()
    {
        _module = _ctx.JSInterop.SetupModule(ApexChart.ModulePath);
        _module.SetupModule("create", _ => true);
        _module.SetupVoid("update", _ => true);
        _module.SetupVoid("destroy", _ => true);
    }

    public void Dispose() => _ctx.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Fact]
    public void Render_FirstTime_CreatesChartWithTypedOptions()
    {
        var cut = _ctx.Render<ApexChart>(p => p
            .Add(c => c.Options, BarOptions)
            .Add(c => c.Series, Districts)
            .AddUnmatched("data-testid", "bar-chart"));

        var create = Assert.Single(_module.Invocations["create"]);
        var options = Assert.IsType<JsonObject>(create.Arguments[1]);
        Assert.Equal("bar", (string?)options["chart"]!["type"]);
        Assert.True((bool?)options["chart"]!["toolbar"]!["tools"]!["download"]);
        Assert.Equal("zh-CN", (string?)options["numberFormat"]!["locale"]);
        Assert.Equal("元", (string?)options["numberFormat"]!["suffix"]);
        var data = options["series"]![0]!["data"]!.AsArray();
        Assert.Equal("锦江区", (string?)data[0]!["x"]);
        Assert.Equal(1.2986e11, (double?)data[0]!["y"]);
        Assert.Equal("bar-chart", cut.Find("div.md-chart").GetAttribute("data-testid"));
    }

    [Fact]
    public void SetParameters_NewSeries_UpdatesSameChartInPlace()
    {
        var cut = _ctx.Render<ApexChart>(p => p.Add(c => c.Options, BarOptions).Add(c => c.Series, Districts));

        ChartSeries[] filtered = [new("金额", [new ChartPoint("锦江区", 1.2986e11)])];
        cut.Render(p => p.Add(c => c.Series, filtered));

        Assert.Single(_module.Invocations["create"]);
        var update = Assert.Single(_module.Invocations["update"]);
        var options = Assert.IsType<JsonObject>(update.Arguments[1]);
        Assert.Single(options["series"]![0]!["data"]!.AsArray());
    }

    [Fact]
    public void SetParameters_SameData_DoesNotCallUpdate()
    {
        var cut = _ctx.Render<ApexChart>(p => p.Add(c => c.Options, BarOptions).Add(c => c.Series, Districts));

        cut.Render(p => p.Add(c => c.Series, Districts.ToArray()));

        Assert.Empty(_module.Invocations["update"]);
    }

    [Fact]
    public async Task Dispose_AfterRender_DestroysChart()
    {
        _ctx.Render<ApexChart>(p => p.Add(c => c.Options, BarOptions).Add(c => c.Series, Districts));

        await _ctx.DisposeComponentsAsync();

        Assert.Single(_module.Invocations["destroy"]);
    }
}
