using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Components.Controls;
using MetricsDashboard.Web.Components.Pages.Shared;
using MetricsDashboard.Web.Model.Charts;
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
    private IReadOnlyList<ChartSeriesBuilder.UnitGroup> _byPeriod = [];
    private IReadOnlyList<FactSumRow> _totals = [];

    [Inject]
    private IFactQueryService Facts { get; set; } = default!;

    [Inject]
    private MudBlazor.IDialogService Dialogs { get; set; } = default!;

    private string Title => string.Format(CultureInfo.CurrentUICulture, L[nameof(UiStrings.MetricTitle)], Names?.Metric(Key) ?? Key);

    private IndicatorFilter Scope => Filters with { Metrics = [Key] };

    protected override string RouteKey => Key;

    protected override async Task LoadAsync(CancellationToken ct)
    {
        var summary = Queries.GetSummaryAsync(Scope, ct);
        var byDistrict = Charts.SumByDistrictAsync(Scope, ct);
        var byPeriod = Charts.SumByPeriodAsync(Scope, ct);
        await Task.WhenAll(summary, byDistrict, byPeriod);
        var names = Names!;
        _summary = await summary;
        // The totals table lists the very rows the chart by area draws.
        var districtTable = await byDistrict;
        _byDistrict = ChartSeriesBuilder.SumsByUnit(districtTable, names.Area, names);
        _byPeriod = ChartSeriesBuilder.SumsByUnit(await byPeriod, k => k ?? "", names);
        _totals = districtTable.Rows.OrderBy(r => r.Kind != IndicatorKind.Actual).ThenByDescending(r => r.Value).ToArray();
    }

    // A bar's key is its area ("" for figures that name none); the kind is the actual one unless filtered.
    private Task OpenFactsAsync(CanonicalUnit unit, string? district) =>
        _totals.FirstOrDefault(r => r.Unit == unit && (r.District ?? "") == (district ?? "") && r.Kind == IndicatorKind.Actual)
            is { } row ? OpenFactsAsync(row) : Task.CompletedTask;

    /// <summary>Opens the facts one total adds up (each once), largest first, linked to their sentences.</summary>
    private async Task OpenFactsAsync(FactSumRow row)
    {
        var names = Names!;
        var filter = (Scope with { Units = [row.Unit], Kinds = [row.Kind], Districts = row.District is null ? Filters.Districts : [row.District] });
        // A city's own row holds its own facts, not its districts': the list keeps exactly the row's area.
        var facts = (await Facts.ListFactsAsync(filter, summableOnly: true, limit: 5000))
            .Where(f => f.District == row.District && f.Counter == row.Counter)
            .ToArray();
        var title = string.Format(CultureInfo.CurrentUICulture, L[nameof(UiStrings.FactsBehindTitle)],
            names.Area(row.District), names.Amount(row.Value, row.Unit, row.Counter), facts.Length);
        var parameters = new MudBlazor.DialogParameters<FactsDialog>
        {
            { d => d.Title, title },
            { d => d.Names, names },
            { d => d.Facts, facts },
        };
        await Dialogs.ShowAsync<FactsDialog>(title, parameters, new MudBlazor.DialogOptions { MaxWidth = MudBlazor.MaxWidth.Medium, FullWidth = true, CloseButton = true });
    }

    /// <summary>The download of one unit's chart carries that unit as a filter, so the file holds what the chart shows.</summary>
    private IndicatorFilter UnitScope(ChartSeriesBuilder.UnitGroup group) => Scope with { Units = [group.Unit] };

    private ChartOptions DistrictOptions(ChartSeriesBuilder.UnitGroup group) =>
        ChartOptions.HorizontalBars(group.Series[0].Points.Count, $"{Key}-{group.Unit.ToWire()}-by-district", group.Suffix, group.Series.Count, maxHeight: 720);

    private ChartOptions PeriodOptions(ChartSeriesBuilder.UnitGroup group) => ChartOptions.Bars($"{Key}-{group.Unit.ToWire()}-by-period", group.Suffix);

    protected override bool RouteExists(DisplayNames names) => names.IsKnownMetric(Key);
}
