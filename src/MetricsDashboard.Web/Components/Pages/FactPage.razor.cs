using System.Globalization;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Web.Model.Charts;
using MetricsDashboard.Web.Components.Pages.Shared;
using MetricsDashboard.Web.Model.Formatting;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace MetricsDashboard.Web.Components.Pages;

/// <summary>
/// One fact: the reading the totals use, every mention that reports it (article, sentence, why it
/// was merged), the total it is a part of, and its own parts as a breakdown chart.
/// </summary>
public sealed partial class FactPage : ComponentBase, IDisposable
{
    private readonly LatestLoad _load = new();
    private FactDetail? _detail;
    private FactBreakdown? _breakdown;
    private DisplayNames? _names;
    private IReadOnlyList<ChartSeries> _parts = [];

    [Parameter]
    public long Id { get; set; }

    [Inject]
    private IFactQueryService Facts { get; set; } = default!;

    [Inject]
    private DisplayNamesProvider NamesProvider { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ChartOptionsFactory ChartOptions { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UiStrings> L { get; set; } = default!;

    private string Title => string.Format(CultureInfo.CurrentUICulture, L[nameof(UiStrings.FactTitle)], Id);

    private ChartOptions PartsOptions => ChartOptions.Donut($"fact-{Id}-parts", height: 320) with
    {
        ValueSuffix = _detail is null || _names is null ? null : Charts.ChartSeriesBuilder.ValueSuffix(_detail.Fact.Unit, _detail.Fact.Counter, _names),
    };

    protected override Task OnParametersSetAsync() =>
        _load.RunAsync(Id.ToString(CultureInfo.InvariantCulture), LoadAsync);

    private async Task LoadAsync(CancellationToken ct)
    {
        var id = Id;
        var detail = await Facts.GetFactAsync(id, ct);
        if (detail is null)
        {
            // Answers 404 with the friendly page.
            _detail = null;
            Navigation.NotFound();
            return;
        }
        var names = await NamesProvider.GetAsync(ct);
        _breakdown = detail.Parts.Count > 0 ? await Facts.BreakdownAsync(id, ct) : null;
        _parts = detail.Parts.Count == 0
            ? []
            : [new ChartSeries(names.Metric(detail.Fact.Metric), detail.Parts.Select(p => new ChartPoint(p.Label, p.Value, p.Id.ToString(CultureInfo.InvariantCulture))).ToArray())];
        (_detail, _names) = (detail, names);
    }

    public void Dispose() => _load.Dispose();

    /// <summary>The sentence split around the figure, for highlighting (offsets are into the document; the sentence starts at SentenceStart).</summary>
    private static (string Before, string Surface, string After) SentenceParts(FactSource mention)
    {
        var start = mention.Start - mention.SentenceStart;
        var end = mention.End - mention.SentenceStart;
        if (start < 0 || end > mention.Sentence.Length || start >= end)
        {
            return (mention.Sentence, "", "");
        }
        return (mention.Sentence[..start], mention.Sentence[start..end], mention.Sentence[end..]);
    }
}
