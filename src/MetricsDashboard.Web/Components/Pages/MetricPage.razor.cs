using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Components.Pages.Shared;
using MetricsDashboard.Web.Model.Charts;
using MetricsDashboard.Web.Model.Filters;
using MetricsDashboard.Web.Model.Formatting;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace MetricsDashboard.Web.Components.Pages;

/// <summary>
/// 指标详情: one metric category compared across districts and over time. Each (unit, counter) gets
/// charts of its own, so 亿元 and 个 are never added together.
/// </summary>
public sealed partial class MetricPage : FilteredPageBase
{
    [Parameter]
    public string Key { get; set; } = "";

    [Inject]
    private ChartDataService Charts { get; set; } = default!;

    [Inject]
    private IIndicatorQueryService Queries { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UiStrings> L { get; set; } = default!;

    [Inject]
    private ChartOptionsFactory ChartOptions { get; set; } = default!;

    private DashboardSummary? _summary;
    private IReadOnlyList<ChartSeriesBuilder.UnitGroup> _byDistrict = [];
    private IReadOnlyList<ChartSeriesBuilder.UnitGroup> _byMonth = [];

    private string Title => string.Format(CultureInfo.CurrentUICulture, L[nameof(UiStrings.MetricTitle)], Names?.Metric(Key) ?? Key);

    private FilterState Scope => Filters with { Metrics = [Key] };

    protected override string RouteKey => Key;

    protected override async Task LoadAsync(CancellationToken ct)
    {
        var summary = Queries.GetSummaryAsync(Scope.ToIndicatorFilter(), ct);
        var byDistrict = Charts.LoadAsync(ChartNames.SumByDistrict, Scope, ct);
        var byMonth = Charts.LoadAsync(ChartNames.SumByMonth, Scope, ct);
        await Task.WhenAll(summary, byDistrict, byMonth);
        var names = Names!;
        _summary = await summary;
        _byDistrict = ChartSeriesBuilder.SumsByUnit(await byDistrict, names.Area, names);
        _byMonth = ChartSeriesBuilder.SumsByUnit(await byMonth, k => k ?? "", names);
    }

    /// <summary>The download of one unit's chart carries that unit as a filter, so the file holds what the chart shows.</summary>
    private FilterState UnitScope(ChartSeriesBuilder.UnitGroup group) => Scope with { Units = [group.Unit] };

    private ChartOptions DistrictOptions(ChartSeriesBuilder.UnitGroup group) =>
        ChartOptions.HorizontalBars(group.Series[0].Points.Count, $"{Key}-{group.Unit}-by-district", group.Suffix, group.Series.Count, maxHeight: 720);

    private ChartOptions MonthOptions(ChartSeriesBuilder.UnitGroup group) => ChartOptions.Bars($"{Key}-{group.Unit}-by-month", group.Suffix);

    protected override bool RouteExists(DisplayNames names) => names.IsKnownMetric(Key);
}
