using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Model.Filters;
using MetricsDashboard.Web.Model.Formatting;
using MetricsDashboard.Web.Model.Theming;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace MetricsDashboard.Web.Components.Pages.Shared;

/// <summary>
/// A page whose content follows the filters in the URL. Whenever the query string changes (a filter
/// picked, a link followed, back/forward) the page reloads its data in place; an older load still
/// running is cancelled so a slow query never overwrites a newer one.
/// </summary>
public abstract class FilteredPageBase : ComponentBase, IDisposable
{
    private readonly LatestLoad _load = new();

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected DisplayNamesProvider NamesProvider { get; set; } = default!;

    /// <summary>The light/dark choice: charts take their colours from it and redraw when it flips.</summary>
    [Inject]
    protected ThemeState Theme { get; set; } = default!;

    /// <summary>The filters of the current URL.</summary>
    protected IndicatorFilter Filters { get; private set; } = IndicatorFilter.Empty;

    /// <summary>Filters the URL carried that could not be read (shown, then ignored).</summary>
    protected IReadOnlyList<FilterProblem> FilterErrors { get; private set; } = [];

    protected DisplayNames? Names { get; private set; }

    /// <summary>True until the data for the current URL is loaded (and for a route that does not exist).</summary>
    protected bool Loading => _load.IsLoading || Names is null || _routeMissing;

    private bool _routeMissing;

    /// <summary>The query string the shown data was loaded for ("" for no filter).</summary>
    protected string LoadedQuery => FilterQuery.ToQueryString(Filters);

    /// <summary>A key of everything the page's data depends on beyond the filters (route values).</summary>
    protected virtual string RouteKey => "";

    protected bool IsDark => Theme.IsDark;

    protected override void OnInitialized()
    {
        Navigation.LocationChanged += OnLocationChanged;
        Theme.Changed += OnThemeChanged;
    }

    private void OnThemeChanged() => _ = InvokeAsync(StateHasChanged);

    protected override Task OnParametersSetAsync() => ReloadFromUrlAsync();

    // Navigating to the same page with another query string sets no parameters on it, so the page
    // would not notice: follow the location instead.
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) =>
        _ = InvokeAsync(async () =>
        {
            await ReloadFromUrlAsync();
            StateHasChanged();
        });

    private async Task ReloadFromUrlAsync()
    {
        Filters = FilterQuery.Read(new Uri(Navigation.Uri).Query, out var errors);
        FilterErrors = errors;
        await _load.RunAsync(RouteKey + FilterQuery.ToQueryString(Filters), async ct =>
        {
            Names ??= await NamesProvider.GetAsync(ct);
            _routeMissing = !RouteExists(Names);
            if (_routeMissing)
            {
                // Answers 404 with the friendly page (prerendered or in the circuit).
                Navigation.NotFound();
                return;
            }
            await LoadAsync(ct);
        });
    }

    /// <summary>False when the route names an area, topic or metric the reference tables do not know.</summary>
    protected virtual bool RouteExists(DisplayNames names) => true;

    /// <summary>Loads the page's data for <see cref="Filters"/>.</summary>
    protected abstract Task LoadAsync(CancellationToken ct);

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        Theme.Changed -= OnThemeChanged;
        _load.Dispose();
        GC.SuppressFinalize(this);
    }
}
