using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Components.Pages.Shared;
using MetricsDashboard.Web.Model.Filters;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Radzen;
using Radzen.Blazor;

namespace MetricsDashboard.Web.Components.Pages;

/// <summary>指标: every indicator under the filters, paged and sorted on the server.</summary>
public sealed partial class Explore : FilteredPageBase
{
    private static readonly IEnumerable<int> PageSizes = [25, 50, 100];

    [Inject]
    private IIndicatorQueryService Queries { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UiStrings> L { get; set; } = default!;

    private RadzenDataGrid<IndicatorRow>? _grid;
    private IReadOnlyList<IndicatorRow> _rows = [];
    private int _total;
    private bool _gridLoading;

    protected override async Task LoadAsync(CancellationToken ct)
    {
        var first = await Queries.ListAsync(Filters.ToIndicatorFilter(), IndicatorSort.PublishedOn, true, 0, 25, ct);
        _rows = first.Items;
        _total = first.Total;
        if (_grid is not null)
        {
            await _grid.FirstPage(forceReload: false);
        }
    }

    private async Task LoadPageAsync(LoadDataArgs args)
    {
        _gridLoading = true;
        var (sort, descending) = SortOf(args);
        var page = await Queries.ListAsync(Filters.ToIndicatorFilter(), sort, descending, args.Skip ?? 0, args.Top ?? 25);
        _rows = page.Items;
        _total = page.Total;
        _gridLoading = false;
    }

    /// <summary>The grid's sort column → the query service's sort; newest first by default.</summary>
    private static (IndicatorSort Sort, bool Descending) SortOf(LoadDataArgs args)
    {
        var sort = args.Sorts?.FirstOrDefault(s => s.SortOrder is not null);
        if (sort is null)
        {
            return (IndicatorSort.PublishedOn, true);
        }
        var descending = sort.SortOrder == SortOrder.Descending;
        return sort.Property switch
        {
            nameof(IndicatorRow.Value) => (IndicatorSort.Value, descending),
            nameof(IndicatorRow.District) => (IndicatorSort.District, descending),
            nameof(IndicatorRow.Sector) => (IndicatorSort.Sector, descending),
            nameof(IndicatorRow.Metric) => (IndicatorSort.Metric, descending),
            nameof(IndicatorRow.Label) => (IndicatorSort.Label, descending),
            _ => (IndicatorSort.PublishedOn, descending),
        };
    }
}
