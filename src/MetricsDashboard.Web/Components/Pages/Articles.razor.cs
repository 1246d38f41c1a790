using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Model.Articles;
using MetricsDashboard.Web.Model.Filters;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Localization;

namespace MetricsDashboard.Web.Components.Pages;

/// <summary>The source articles under the shared filters of the URL, newest first.</summary>
public sealed partial class Articles : ComponentBase, IDisposable
{
    private IReadOnlyList<ArticleListItem>? _articles;
    private FilterState _filters = FilterState.Empty;
    private IReadOnlyList<string> _filterErrors = [];
    private IndicatorLabels? _labels;
    private CancellationTokenSource? _loading;

    [Inject]
    private IIndicatorQueryService Queries { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ArticleStrings> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UiStrings> Ui { get; set; } = default!;

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private IndicatorLabels Labels => _labels ??= new IndicatorLabels(L, null, Culture);

    protected override async Task OnInitializedAsync()
    {
        // The filters live in the query string: the filter bar changes the URL, this page follows it.
        Navigation.LocationChanged += OnLocationChanged;
        await LoadAsync();
    }

    private async void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        try
        {
            await InvokeAsync(async () =>
            {
                await LoadAsync();
                StateHasChanged();
            });
        }
        catch (OperationCanceledException)
        {
            // A newer location superseded this load.
        }
    }

    private async Task LoadAsync()
    {
        if (_loading is not null)
        {
            await _loading.CancelAsync();
            _loading.Dispose();
        }
        _loading = new CancellationTokenSource();
        var ct = _loading.Token;
        _filters = FilterQuery.Parse(new Uri(Navigation.Uri).Query, out var errors);
        _filterErrors = errors;
        var reference = await Queries.GetReferenceDataAsync(ct);
        _labels = new IndicatorLabels(L, reference, Culture);
        _articles = await Queries.ListArticlesAsync(_filters.ToIndicatorFilter(), ct);
    }

    private string FormatDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? L[nameof(ArticleStrings.NotStated)];

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        _loading?.Cancel();
        _loading?.Dispose();
    }
}
