using System.Text.Json.Nodes;
using MetricsDashboard.Web.Model.Charts;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MetricsDashboard.Web.Components.Controls;

/// <summary>
/// Our typed wrapper over ApexCharts (npm apexcharts 4.7.0). It renders once, then updates the
/// same chart in place when <see cref="Series"/> or <see cref="Options"/> change, and destroys it
/// when the component leaves the page.
/// </summary>
public sealed partial class ApexChart : ComponentBase, IAsyncDisposable
{
    /// <summary>The JS module behind this component; bUnit tests stub it by this path.</summary>
    public const string ModulePath = "./js/apexChart.js";

    private ElementReference _element;
    private IJSObjectReference? _module;
    private IJSObjectReference? _chart;
    private string? _renderedJson;
    private string _version = "";
    private bool _disposed;
    private bool _drawing;
    private bool _newerRender;
    private DotNetObjectReference<ApexChart>? _self;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public ChartOptions Options { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<ChartSeries> Series { get; set; } = [];

    /// <summary>Called when a bar, slice or cell is clicked; when unset, clicks select nothing.</summary>
    [Parameter]
    public EventCallback<ChartPointSelection> OnPointSelected { get; set; }

    [Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? AdditionalAttributes { get; set; }

    protected override void OnParametersSet()
    {
        _version = VersionOf(ApexOptionsBuilder.Build(Options, Series).ToJsonString());
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_drawing)
        {
            // A render arrived while the browser was still creating or updating the chart (the
            // first draw takes a while): the drawing loop below sends the newest options when it
            // is done. Returning here used to leave the chart on the older data for good.
            _newerRender = true;
            return;
        }
        _drawing = true;
        try
        {
            do
            {
                _newerRender = false;
                await DrawLatestAsync();
            }
            while (_newerRender && !_disposed);
        }
        finally
        {
            _drawing = false;
        }
    }

    // Sends the options of the latest parameters: creates the chart the first time, updates it in
    // place when they differ from what the browser last drew.
    private async Task DrawLatestAsync()
    {
        if (_disposed)
        {
            return;
        }
        var options = ApexOptionsBuilder.Build(Options, Series);
        var json = options.ToJsonString();
        var version = VersionOf(json);
        if (_chart is null)
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            _self ??= DotNetObjectReference.Create(this);
            _chart = await _module.InvokeAsync<IJSObjectReference>("create", _element, options, OnPointSelected.HasDelegate ? _self : null, version);
            _renderedJson = json;
        }
        else if (!string.Equals(json, _renderedJson, StringComparison.Ordinal) && _module is not null)
        {
            // Same chart, new data: ApexCharts animates from the old state instead of flashing.
            await _module.InvokeVoidAsync("update", _chart, options, version);
            _renderedJson = json;
        }
    }

    private static string VersionOf(string json) =>
        ((uint)StringComparer.Ordinal.GetHashCode(json)).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Called by the JS module with the indexes ApexCharts reports for a clicked point.</summary>
    [JSInvokable]
    public Task OnDataPointSelected(int seriesIndex, int pointIndex)
    {
        var (series, point) = Locate(seriesIndex, pointIndex);
        return series is null || point is null ? Task.CompletedTask : OnPointSelected.InvokeAsync(new ChartPointSelection(series, point));
    }

    // A donut has one series whose points are its slices: ApexCharts reports the slice as the series index.
    private (ChartSeries? Series, ChartPoint? Point) Locate(int seriesIndex, int pointIndex)
    {
        if (Options.Kind == ChartKind.Donut)
        {
            var only = Series.Count > 0 ? Series[0] : null;
            var slice = pointIndex >= 0 ? pointIndex : seriesIndex;
            return only is not null && slice >= 0 && slice < only.Points.Count ? (only, only.Points[slice]) : (null, null);
        }
        if (seriesIndex < 0 || seriesIndex >= Series.Count)
        {
            return (null, null);
        }
        var series = Series[seriesIndex];
        return pointIndex >= 0 && pointIndex < series.Points.Count ? (series, series.Points[pointIndex]) : (series, null);
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        _self?.Dispose();
        try
        {
            if (_chart is not null && _module is not null)
            {
                await _module.InvokeVoidAsync("destroy", _chart);
            }
            if (_chart is not null)
            {
                await _chart.DisposeAsync();
            }
            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone and the browser took the chart with it: nothing left to free.
        }
        _chart = null;
        _module = null;
    }

    /// <summary>The options last sent to the browser (for diagnostics and tests).</summary>
    internal JsonObject CurrentOptions => ApexOptionsBuilder.Build(Options, Series);
}
