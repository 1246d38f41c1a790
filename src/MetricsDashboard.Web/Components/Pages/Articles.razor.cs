using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Components.Pages.Shared;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace MetricsDashboard.Web.Components.Pages;

/// <summary>The source articles having indicators under the shared filters of the URL, newest first.</summary>
public sealed partial class Articles : FilteredPageBase
{
    private IReadOnlyList<ArticleListItem>? _articles;

    [Inject]
    private IIndicatorQueryService Queries { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ArticleStrings> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UiStrings> Ui { get; set; } = default!;

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    protected override async Task LoadAsync(CancellationToken ct) =>
        _articles = await Queries.ListArticlesAsync(Filters, ct);

    private string FormatDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? L[nameof(ArticleStrings.NotStated)];
}
