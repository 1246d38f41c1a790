using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Components.Pages.Shared;
using MetricsDashboard.Web.Model.Charts;
using MetricsDashboard.Web.Model.Filters;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Radzen;

namespace MetricsDashboard.Web.Components.Pages;

/// <summary>概览: headline figures and the four charts of everything under the current filters.</summary>
public sealed partial class Home : FilteredPageBase
{
    [Inject]
    private ChartDataService Charts { get; set; } = default!;

    [Inject]
    private IIndicatorQueryService Queries { get; set; } = default!;

    [Inject]
    private ThemeService Theme { get; set; } = default!;

    private DashboardSummary? _summary;
    private IReadOnlyList<ChartSeries> _byDistrict = [];
    private IReadOnlyList<ChartSeries> _bySector = [];
    private IReadOnlyList<ChartSeries> _byMonth = [];
    private IReadOnlyList<ChartSeries> _heatmap = [];
    private IReadOnlyList<IndicatorRow> _largest = [];
    private ChartOptions _byDistrictOptions = new() { Kind = ChartKind.HorizontalBar };
    private ChartOptions _bySectorOptions = new() { Kind = ChartKind.Donut };
    private ChartOptions _byMonthOptions = new() { Kind = ChartKind.Line };
    private ChartOptions _heatmapOptions = new() { Kind = ChartKind.Heatmap };

    protected override async Task LoadAsync(CancellationToken ct)
    {
        var names = Names!;
        var filter = Filters.ToIndicatorFilter();
        // Independent reads, each on its own connection: SQLite in WAL mode serves them side by side.
        var summary = Queries.GetSummaryAsync(filter, ct);
        var byDistrict = Charts.LoadAsync(ChartNames.ByDistrict, Filters, ct);
        var bySector = Charts.LoadAsync(ChartNames.BySector, Filters, ct);
        var byMonth = Charts.LoadAsync(ChartNames.ByMonth, Filters, ct);
        var heatmap = Charts.LoadAsync(ChartNames.Heatmap, Filters, ct);
        var largest = Queries.LargestAmountsAsync(filter, ChartDataService.LargestAmountsCount, ct);
        await Task.WhenAll(summary, byDistrict, bySector, byMonth, heatmap, largest);

        var seriesName = L[nameof(UiStrings.SeriesIndicators)];
        _summary = await summary;
        _byDistrict = ChartSeriesBuilder.Counts(await byDistrict, seriesName, names.Area);
        _bySector = ChartSeriesBuilder.Counts(await bySector, seriesName, names.Sector);
        _byMonth = ChartSeriesBuilder.Counts(await byMonth, seriesName, k => k ?? "");
        _heatmap = ChartSeriesBuilder.Heatmap(await heatmap, names);
        _largest = await largest;

        var dark = Theme.Theme?.Contains("dark", StringComparison.OrdinalIgnoreCase) == true;
        var locale = CultureInfo.CurrentUICulture.Name;
        var districtRows = Math.Max(_byDistrict.FirstOrDefault()?.Points.Count ?? 0, 4);
        _byDistrictOptions = new() { Kind = ChartKind.HorizontalBar, Locale = locale, Dark = dark, Height = Math.Min(120 + districtRows * 26, 720), ExportFileName = ChartNames.ByDistrict };
        _bySectorOptions = new() { Kind = ChartKind.Donut, Locale = locale, Dark = dark, Height = 360, ExportFileName = ChartNames.BySector };
        _byMonthOptions = new() { Kind = ChartKind.Line, Locale = locale, Dark = dark, ExportFileName = ChartNames.ByMonth };
        _heatmapOptions = new() { Kind = ChartKind.Heatmap, Locale = locale, Dark = dark, Height = Math.Min(170 + _heatmap.Count * 30, 620), ExportFileName = ChartNames.Heatmap };
    }

    [Inject]
    private IStringLocalizer<UiStrings> L { get; set; } = default!;
}
