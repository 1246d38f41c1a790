using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Components.Pages.Shared;
using MetricsDashboard.Web.Model.Articles;
using MetricsDashboard.Web.Model.Formatting;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using ArticleData = MetricsDashboard.Data.Queries.ArticleDetail;

namespace MetricsDashboard.Web.Components.Pages;

/// <summary>
/// One article: its text with every extracted number marked, and the list of its indicators.
/// <c>?indicator={id}</c> highlights that indicator's sentence and scrolls it into view.
/// </summary>
public sealed partial class ArticleDetail : ComponentBase, IAsyncDisposable
{
    /// <summary>The JS module that scrolls an element into view; bUnit tests stub it by this path.</summary>
    public const string ScrollModulePath = "./js/scrollTo.js";

    private readonly LatestLoad _load = new();
    private ArticleData? _article;
    private IReadOnlyList<IReadOnlyList<ArticleTextSegment>> _paragraphs = [];
    private long? _laidOutFor;
    private long? _scrolledTo;
    private DisplayNames? _names;
    private IReadOnlyDictionary<long, ArticleFactLink> _facts = new Dictionary<long, ArticleFactLink>();
    private IJSObjectReference? _scrollModule;

    [Parameter]
    public int Id { get; set; }

    /// <summary>
    /// The indicator whose sentence is highlighted (<c>?indicator=</c>). Read as text: a value that is
    /// not an id (abc, 1.5, too many digits) highlights nothing instead of failing the page.
    /// </summary>
    [SupplyParameterFromQuery(Name = "indicator")]
    public string? IndicatorParameter { get; set; }

    private long? Indicator => long.TryParse(IndicatorParameter, System.Globalization.NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    [Inject]
    private IIndicatorQueryService Queries { get; set; } = default!;

    [Inject]
    private DisplayNamesProvider NamesProvider { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>Which mentions of the article are one fact, and why: shown beside each indicator.</summary>
    [Inject]
    private IFactQueryService Facts { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ArticleStrings> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UiStrings> Ui { get; set; } = default!;

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private IndicatorRow? FocusedIndicator => _article?.Indicators.FirstOrDefault(i => i.Id == Indicator);

    private string PageTitleText => _article is { } a ? Title(a.Article.Title) : L[nameof(ArticleStrings.ArticlesTitle)];

    protected override async Task OnParametersSetAsync()
    {
        await _load.RunAsync(Id.ToString(CultureInfo.InvariantCulture), LoadAsync);
        if (_article is not null && (_paragraphs.Count == 0 || _laidOutFor != Indicator))
        {
            _paragraphs = ArticleTextLayout.Build(_article, Indicator);
            _laidOutFor = Indicator;
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var id = Id;
        var article = await Queries.GetArticleAsync(id, ct);
        if (article is null)
        {
            // Answers 404 with the friendly page.
            _article = null;
            Navigation.NotFound();
            return;
        }
        _names ??= await NamesProvider.GetAsync(ct);
        _facts = (await Facts.ArticleFactsAsync(id, ct)).ToDictionary(f => f.IndicatorId);
        _article = article;
        _laidOutFor = null;
        _scrolledTo = null;
        _paragraphs = [];
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (FocusedIndicator is not { } focused || _scrolledTo == focused.Id)
        {
            return;
        }
        _scrolledTo = focused.Id;
        try
        {
            _scrollModule ??= await JS.InvokeAsync<IJSObjectReference>("import", ScrollModulePath);
            await _scrollModule.InvokeVoidAsync("scrollToElement", IndicatorElementId(focused.Id));
        }
        catch (JSDisconnectedException)
        {
            // The user left while the page was rendering.
        }
    }

    /// <summary>The element id of an indicator's mark in the text (the fragment of <c>DashboardUrls.ArticleIndicator</c>).</summary>
    public static string IndicatorElementId(long indicatorId) => $"indicator-{indicatorId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The tooltip of a marked number: value with unit, qualifier unless exact, metric and the phrase it measures.</summary>
    private string Tooltip(IndicatorRow row)
    {
        var names = _names!;
        var qualifier = row.Qualifier == Qualifier.Exact ? "" : $" ({names.Qualifier(row.Qualifier)})";
        return $"{names.Quantity(row)}{qualifier} · {names.Metric(row.Metric)} · {row.Label}";
    }

    private string Title(string? title) => string.IsNullOrWhiteSpace(title) ? L[nameof(ArticleStrings.Untitled)] : title;

    private string FormatDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? L[nameof(ArticleStrings.NotStated)];

    public async ValueTask DisposeAsync()
    {
        _load.Dispose();
        if (_scrollModule is not null)
        {
            try
            {
                await _scrollModule.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; so is the module.
            }
        }
    }
}
