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
    private CancellationTokenSource? _loading;
    private string? _loadedKey;

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

    protected bool Loading { get; private set; } = true;

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
        var key = RouteKey + FilterQuery.ToQueryString(Filters);
        if (key == _loadedKey)
        {
            return;
        }
        _loadedKey = key;
        if (_loading is not null)
        {
            await _loading.CancelAsync();
            _loading.Dispose();
        }
        _loading = new CancellationTokenSource();
        var ct = _loading.Token;
        Loading = true;
        try
        {
            Names ??= await NamesProvider.GetAsync(ct);
            if (!RouteExists(Names))
            {
                // Answers 404 with the friendly page (prerendered or in the circuit).
                Navigation.NotFound();
                return;
            }
            await LoadAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return;
        }
        Loading = false;
    }

    /// <summary>False when the route names an area, topic or metric the reference tables do not know.</summary>
    protected virtual bool RouteExists(DisplayNames names) => true;

    /// <summary>Loads the page's data for <see cref="Filters"/>.</summary>
    protected abstract Task LoadAsync(CancellationToken ct);

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        Theme.Changed -= OnThemeChanged;
        _loading?.Cancel();
        _loading?.Dispose();
        GC.SuppressFinalize(this);
    }
}
