using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Model.Charts;
using MetricsDashboard.Web.Model.Filters;
using MetricsDashboard.Web.Model.Formatting;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MetricsDashboard.Web.Model.Theming;

namespace MetricsDashboard.Web.Components.Pages.Shared;

/// <summary>The charts of one scope (an area or a topic, plus the URL's other filters).</summary>
public sealed partial class ScopeDashboard : IDisposable
{
    [Inject]
    private ChartDataService Charts { get; set; } = default!;

    [Inject]
    private IIndicatorQueryService Queries { get; set; } = default!;

    [Inject]
    private ThemeState Theme { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UiStrings> L { get; set; } = default!;

    /// <summary>The filters of the page with the scope applied (e.g. district=锦江区).</summary>
    [Parameter, EditorRequired]
    public IndicatorFilter Scope { get; set; } = IndicatorFilter.Empty;

    [Parameter, EditorRequired]
    public DisplayNames Names { get; set; } = default!;

    /// <summary>True on a topic's page (compare its districts), false on an area's (compare its topics).</summary>
    [Parameter]
    public bool ByDistrict { get; set; }

    private readonly LatestLoad _load = new();
    private bool _loaded;
    private bool Loading => _load.IsLoading || !_loaded;
    private IReadOnlyList<ChartSeries> _byMetric = [];
    private IReadOnlyList<ChartSeries> _byMonth = [];
    private IReadOnlyList<ChartSeries> _other = [];
    private IReadOnlyList<IndicatorRow> _largest = [];
    private IReadOnlyList<ArticleListItem> _articles = [];

    [Inject]
    private ChartOptionsFactory ChartOptions { get; set; } = default!;

    // Built at render time: a theme switch redraws the charts in the new colours.
    private ChartOptions _byMetricOptions => ChartOptions.HorizontalBars(_byMetric.FirstOrDefault()?.Points.Count ?? 0, ChartNames.ByMetric);

    private ChartOptions _byMonthOptions => ChartOptions.Line(ChartNames.ByMonth);

    private ChartOptions _otherOptions => ByDistrict
        ? ChartOptions.HorizontalBars(_other.FirstOrDefault()?.Points.Count ?? 0, ChartNames.ByDistrict)
        : ChartOptions.Donut(ChartNames.BySector, height: 340);

    protected override void OnInitialized() => Theme.Changed += OnThemeChanged;

    private void OnThemeChanged() => _ = InvokeAsync(StateHasChanged);

    public void Dispose()
    {
        Theme.Changed -= OnThemeChanged;
        _load.Dispose();
        GC.SuppressFinalize(this);
    }

    // The page hands a new scope when its URL changes: the older load, if still running, is cancelled.
    protected override Task OnParametersSetAsync() =>
        _load.RunAsync(FilterQuery.ToQueryString(Scope), LoadAsync);

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = Scope;
        var series = L[nameof(UiStrings.SeriesIndicators)];
        // Independent reads, each on its own connection.
        var byMetric = Charts.CountsAsync(ChartNames.ByMetric, scope, ct);
        var byMonth = Charts.CountsAsync(ChartNames.ByMonth, scope, ct);
        var other = Charts.CountsAsync(ByDistrict ? ChartNames.ByDistrict : ChartNames.BySector, scope, ct);
        var largest = Queries.LargestAmountsAsync(scope, ChartDataService.LargestAmountsCount, ct);
        var articles = Queries.ListArticlesAsync(scope, limit: 50, ct: ct);
        await Task.WhenAll(byMetric, byMonth, other, largest, articles);
        _byMetric = ChartSeriesBuilder.Counts(await byMetric, series, Names.Metric);
        _byMonth = ChartSeriesBuilder.Counts(await byMonth, series, k => k ?? "");
        _other = ByDistrict
            ? ChartSeriesBuilder.Counts(await other, series, Names.Area, Home.TopAreas, L[nameof(UiStrings.ChartOthers)])
            : ChartSeriesBuilder.Counts(await other, series, Names.Sector);
        _largest = await largest;
        _articles = await articles;
        _loaded = true;
    }
}
