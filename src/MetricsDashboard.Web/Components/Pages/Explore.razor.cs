using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Components.Pages.Shared;
using MetricsDashboard.Web.Model.Explore;
using MetricsDashboard.Web.Model.Filters;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace MetricsDashboard.Web.Components.Pages;

/// <summary>
/// 指标: every indicator under the filters, paged and sorted on the server. Sort, page, page size
/// and the chosen columns live in the URL beside the filters (<see cref="ExploreView"/>).
/// </summary>
public sealed partial class Explore : FilteredPageBase
{
    private static readonly int[] PageSizeOptions = [.. ExploreView.PageSizes];

    [Inject]
    private IIndicatorQueryService Queries { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UiStrings> L { get; set; } = default!;

    private MudDataGrid<IndicatorRow>? _grid;
    private ExploreView _view = ExploreView.Default;
    private int _total;
    private bool _gridLoading = true;
    private IndicatorFilter? _gridFilters;

    protected override void OnInitialized()
    {
        base.OnInitialized();
        _view = ExploreView.Parse(new Uri(Navigation.Uri).Query);
    }

    protected override async Task LoadAsync(CancellationToken ct)
    {
        // The grid asks for its first page itself once it is on the page; later filter changes reload it.
        if (_grid is not null && _gridFilters is not null && !Filters.Equals(_gridFilters))
        {
            _view = _view with { Page = 0 };
            await _grid.ReloadServerData();
        }
    }

    private SortDirection InitialDirection(IndicatorSort sort) =>
        _view.Sort != sort ? SortDirection.None : _view.Descending ? SortDirection.Descending : SortDirection.Ascending;

    private async Task<GridData<IndicatorRow>> LoadGridAsync(GridState<IndicatorRow> state, CancellationToken ct)
    {
        _gridLoading = true;
        var sort = state.SortDefinitions.FirstOrDefault();
        var view = _view with
        {
            Sort = sort is null ? IndicatorSort.PublishedOn : SortOf(sort.SortBy),
            Descending = sort?.Descending ?? true,
            Page = state.Page,
            PageSize = state.PageSize,
        };
        KeepInUrl(view);
        _gridFilters = Filters;
        var page = await Queries.ListAsync(Filters, view.Sort, view.Descending, view.Page * view.PageSize, view.PageSize, ct);
        _total = page.Total;
        _gridLoading = false;
        StateHasChanged();
        return new GridData<IndicatorRow> { Items = page.Items, TotalItems = page.Total };
    }

    private void ToggleColumn(string column)
    {
        var columns = _view.Shows(column)
            ? _view.Columns.Where(c => c != column)
            : ExploreView.OptionalColumns.Where(c => c == column || _view.Shows(c));
        KeepInUrl(_view with { Columns = columns.ToArray() });
    }

    // Replaces the history entry: paging through results should not fill the back button.
    private void KeepInUrl(ExploreView view)
    {
        if (view.Equals(_view) && ExploreView.Parse(new Uri(Navigation.Uri).Query).Equals(view))
        {
            return;
        }
        _view = view;
        var url = new Uri(Navigation.Uri).AbsolutePath + view.ToQuery(FilterQuery.ToQueryString(Filters));
        Navigation.NavigateTo(url, replace: true);
    }

    private static IndicatorSort SortOf(string property) => property switch
    {
        nameof(IndicatorRow.Value) => IndicatorSort.Value,
        nameof(IndicatorRow.District) => IndicatorSort.District,
        nameof(IndicatorRow.Sector) => IndicatorSort.Sector,
        nameof(IndicatorRow.Metric) => IndicatorSort.Metric,
        nameof(IndicatorRow.Label) => IndicatorSort.Label,
        _ => IndicatorSort.PublishedOn,
    };

    private string ColumnTitle(string column) => column switch
    {
        "published" => L[nameof(UiStrings.ColumnPublished)],
        "qualifier" => L[nameof(UiStrings.ColumnQualifier)],
        "kind" => L[nameof(UiStrings.ColumnKind)],
        "metric" => L[nameof(UiStrings.ColumnMetric)],
        "district" => L[nameof(UiStrings.ColumnDistrict)],
        "sector" => L[nameof(UiStrings.ColumnSector)],
        "period" => L[nameof(UiStrings.ColumnPeriod)],
        "sentence" => L[nameof(UiStrings.ColumnSentence)],
        "source" => L[nameof(UiStrings.ColumnSource)],
        _ => column,
    };
}
