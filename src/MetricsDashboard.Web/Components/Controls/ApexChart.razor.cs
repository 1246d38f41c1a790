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
    private string? _json;
    private string _version = "";
    private bool _disposed;
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
        _json = ApexOptionsBuilder.Build(Options, Series).ToJsonString();
        _version = ((uint)StringComparer.Ordinal.GetHashCode(_json)).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_disposed)
        {
            return;
        }
        var options = ApexOptionsBuilder.Build(Options, Series);
        var json = _json ?? options.ToJsonString();
        if (_chart is null)
        {
            if (!firstRender && _module is not null)
            {
                return;
            }
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            _self ??= DotNetObjectReference.Create(this);
            _chart = await _module.InvokeAsync<IJSObjectReference>("create", _element, options, OnPointSelected.HasDelegate ? _self : null, _version);
            _renderedJson = json;
        }
        else if (!string.Equals(json, _renderedJson, StringComparison.Ordinal) && _module is not null)
        {
            // Same chart, new data: ApexCharts animates from the old state instead of flashing.
            await _module.InvokeVoidAsync("update", _chart, options, _version);
            _renderedJson = json;
        }
    }

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
