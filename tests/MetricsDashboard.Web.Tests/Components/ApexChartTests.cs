using System.Text.Json.Nodes;
using Bunit;
using MetricsDashboard.Web.Components.Controls;
using MetricsDashboard.Web.Model.Charts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

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
    public async Task SetParameters_WhileTheChartIsStillBeingCreated_DrawsTheNewestDataOnceCreated()
    {
        // The first draw takes a while in the browser; a filter change can render new data before
        // it is done. That render must not be lost: the chart showed the older data for good.
        await using var ctx = new BunitContext();
        var browser = new SlowChartModule();
        ctx.Services.AddSingleton<IJSRuntime>(browser);
        var cut = ctx.Render<ApexChart>(p => p.Add(c => c.Options, BarOptions).Add(c => c.Series, Districts));

        ChartSeries[] filtered = [new("金额", [new ChartPoint("锦江区", 1.2986e11)])];
        cut.Render(p => p.Add(c => c.Series, filtered));
        Assert.Empty(browser.Updates);
        browser.FinishCreating();

        // The update follows the create's completion without another render: wait for the call itself.
        await browser.Updated.WaitAsync(TimeSpan.FromSeconds(30));
        var (options, version) = Assert.Single(browser.Updates);
        Assert.Single(options["series"]![0]!["data"]!.AsArray());
        // The version it reports drawn is the one the page now names, which tests and benchmarks wait for.
        Assert.Equal(cut.Find("div.md-chart").GetAttribute("data-version"), version);
        Assert.Equal(1, browser.Creates);
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

/// <summary>The browser side of the chart module, whose "create" completes only when told to.</summary>
internal sealed class SlowChartModule : IJSRuntime, IJSObjectReference
{
    private readonly TaskCompletionSource<IJSObjectReference> _created = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _updated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Creates { get; private set; }

    public List<(JsonObject Options, string Version)> Updates { get; } = [];

    /// <summary>Completes when the chart is first updated.</summary>
    public Task Updated => _updated.Task;

    public void FinishCreating() => _created.SetResult(this);

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => InvokeAsync<TValue>(identifier, CancellationToken.None, args);

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args)
    {
        switch (identifier)
        {
            case "import":
                return ValueTask.FromResult((TValue)(object)this);
            case "create":
                Creates++;
                return new ValueTask<TValue>(_created.Task.ContinueWith(t => (TValue)t.Result, TaskScheduler.Default));
            case "update":
                Updates.Add(((JsonObject)args![1]!, (string)args[2]!));
                _updated.TrySetResult();
                return ValueTask.FromResult(default(TValue)!);
            default:
                return ValueTask.FromResult(default(TValue)!);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
