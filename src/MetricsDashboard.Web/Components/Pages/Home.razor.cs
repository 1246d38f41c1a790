using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Components.Pages.Shared;
using MetricsDashboard.Web.Model.Charts;
using MetricsDashboard.Web.Model.Formatting;
using MetricsDashboard.Web.Model.Filters;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace MetricsDashboard.Web.Components.Pages;

/// <summary>概览: headline figures and the charts of everything under the current filters; a click on a bar, slice or cell filters the page.</summary>
public sealed partial class Home : FilteredPageBase
{
    /// <summary>Areas drawn one by one; the rest are one "others" bar (the download keeps them all).</summary>
    public const int TopAreas = 15;

    /// <summary>Periods the values chart draws over time, the latest; the series page has them all.</summary>
    public const int RecentPeriods = 24;

    [Inject]
    private ChartDataService Charts { get; set; } = default!;

    [Inject]
    private IIndicatorQueryService Queries { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UiStrings> L { get; set; } = default!;

    private DashboardSummary? _summary;
    private IReadOnlyList<ChartSeries> _byDistrict = [];
    private IReadOnlyList<ChartSeries> _bySector = [];
    private IReadOnlyList<ChartSeries> _byMonth = [];
    private IReadOnlyList<ChartSeries> _heatmap = [];
    private IReadOnlyList<IndicatorRow> _largest = [];
    private IReadOnlyList<MeasureInfo> _measures = [];
    private string? _measure;
    private SeriesCharts? _values;

    /// <summary>The measure the values charts show (<c>?measure=</c>); default: the one with the most facts.</summary>
    public const string MeasureKey = "measure";

    [Inject]
    private IFactQueryService Facts { get; set; } = default!;

    // A measure change reloads the page's data even though the filters stay the same.
    protected override string RouteKey => QueryValue(MeasureKey) ?? "";

    private string ValueSuffix => _values is null || Names is null ? "" : ChartSeriesBuilder.ValueSuffix(_values.Unit, _values.Counter, Names);

    private ChartOptions ValuesByAreaOptions => ChartOptions.HorizontalBars(_values?.LatestByArea.FirstOrDefault()?.Points.Count ?? 0, "values-by-area", ValueSuffix);

    private ChartOptions ValuesOverTimeOptions => ChartOptions.Line("values-over-time", ValueSuffix);

    [Inject]
    private ChartOptionsFactory ChartOptions { get; set; } = default!;

    private ChartOptions ByDistrictOptions => ChartOptions.HorizontalBars(_byDistrict.FirstOrDefault()?.Points.Count ?? 0, ChartNames.ByDistrict);

    private ChartOptions BySectorOptions => ChartOptions.Donut(ChartNames.BySector);

    private ChartOptions ByMonthOptions => ChartOptions.Line(ChartNames.ByMonth);

    protected override async Task LoadAsync(CancellationToken ct)
    {
        var names = Names!;
        var filter = Filters;
        var asked = QueryValue(MeasureKey);
        // Microsoft.Data.Sqlite completes "async" reads synchronously, so reads started one after
        // another run one after another. The page's reads run in three independent groups, each on
        // contexts of its own: the values section (the measure list, then its series) and the
        // largest amounts on pool threads, the summary and coverage charts (one read: under a text
        // search, one pass over the matching rows) on this thread. On PostgreSQL the reads are
        // asynchronous anyway.
        var values = Task.Run(() => LoadValuesAsync(filter, names, asked, ct), ct);
        var largest = Task.Run(() => Queries.LargestAmountsAsync(filter, ChartDataService.LargestAmountsCount, ct), ct);
        var coverage = Charts.CoverageAsync(filter, ct);
        await Task.WhenAll(coverage, largest, values);
        (_measures, _measure, _values) = await values;

        var seriesName = L[nameof(UiStrings.SeriesIndicators)];
        _largest = await largest;
        var (summary, byDistrict, bySector, byMonth, heatmap) = await coverage;
        _summary = summary;
        _byDistrict = ChartSeriesBuilder.Counts(byDistrict, seriesName, names.Area, TopAreas, L[nameof(UiStrings.ChartOthers)]);
        _bySector = ChartSeriesBuilder.Counts(bySector, seriesName, names.Sector);
        _byMonth = ChartSeriesBuilder.Counts(byMonth, seriesName, k => k ?? "");
        _heatmap = ChartSeriesBuilder.Heatmap(heatmap, names);
    }

    private async Task<(IReadOnlyList<MeasureInfo> Measures, string? Measure, SeriesCharts? Values)> LoadValuesAsync(IndicatorFilter filter, DisplayNames names, string? asked, CancellationToken ct)
    {
        var measures = (await Facts.MeasuresAsync(ct)).Where(m => m.FactCount > 0)
            .OrderByDescending(m => m.FactCount).ThenBy(m => m.Name, StringComparer.Ordinal).ToArray();
        var measure = measures.FirstOrDefault(m => m.Key == asked)?.Key ?? measures.FirstOrDefault()?.Key;
        var values = measure is null ? null
            : await Facts.SeriesAsync(measure, filter, ct) is { } series ? SeriesCharts.Build(series, names, TopAreas, RecentPeriods) : null;
        return (measures, measure, values);
    }

    private void FilterByDistrict(ChartPointSelection selection)
    {
        if (selection.Point.Key is { Length: > 0 } district)
        {
            NavigateTo(Filters with { Districts = [district] });
        }
    }

    private void FilterBySector(ChartPointSelection selection)
    {
        if (selection.Point.Key is { Length: > 0 } sector)
        {
            NavigateTo(Filters with { Sectors = [sector] });
        }
    }

    private void FilterByCell(ChartPointSelection selection)
    {
        if (selection.Series.Key is { Length: > 0 } district && selection.Point.Key is { Length: > 0 } sector)
        {
            NavigateTo(Filters with { Districts = [district], Sectors = [sector] });
        }
    }

    private void NavigateTo(IndicatorFilter next) => Navigation.NavigateTo(FilterQuery.ReplaceFilters(new Uri(Navigation.Uri), next));

    private string? QueryValue(string key) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(Navigation.Uri).Query).TryGetValue(key, out var v) ? v.ToString() : null;

    // The measure is a view choice, not a filter: it joins the filters in the URL.
    private void PickMeasure(string measure) =>
        Navigation.NavigateTo(FilterQuery.WithFilters("/", Filters) + (Filters.IsEmpty ? "?" : "&") + MeasureKey + "=" + Uri.EscapeDataString(measure));
}
