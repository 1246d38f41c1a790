using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Model.Filters;
using MetricsDashboard.Web.Model.Formatting;
using MetricsDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace MetricsDashboard.Web.Components.Controls;

/// <summary>
/// The shared filters. A change never updates state directly: it navigates to the same page with
/// the new query string, so the URL stays the one source of truth and a copied link reopens the view.
/// </summary>
public sealed partial class FilterBar
{
    private static readonly IndicatorKind[] Kinds = Enum.GetValues<IndicatorKind>();

    private IReadOnlyList<AreaChoices.Option> _areas = [];
    private bool _open;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UiStrings> Strings { get; set; } = default!;

    [Parameter, EditorRequired]
    public IndicatorFilter Value { get; set; } = IndicatorFilter.Empty;

    [Parameter, EditorRequired]
    public DisplayNames Names { get; set; } = default!;

    [Parameter]
    public IReadOnlyList<FilterProblem> Errors { get; set; } = [];

    /// <summary>On a district's own page the district is fixed by the route.</summary>
    [Parameter]
    public bool HideDistrict { get; set; }

    [Parameter]
    public bool HideSector { get; set; }

    [Parameter]
    public bool HideMetric { get; set; }

    private IReadOnlyList<CanonicalUnit> Units => Names.Reference.Units.Count > 0 ? Names.Reference.Units : Enum.GetValues<CanonicalUnit>();

    private DateRange? DateRange => Value.From is null && Value.To is null
        ? null
        : new DateRange(Value.From?.ToDateTime(TimeOnly.MinValue), Value.To?.ToDateTime(TimeOnly.MinValue));

    /// <summary>"筛选" with the number of filters in use, so a folded bar still says that something is filtered.</summary>
    private string FilterToggleText
    {
        get
        {
            var used = Value.Districts.Count + Value.Sectors.Count + Value.Metrics.Count + Value.Units.Count + Value.Kinds.Count
                + (Value.From is null ? 0 : 1) + (Value.To is null ? 0 : 1) + (string.IsNullOrEmpty(Value.Text) ? 0 : 1);
            var label = Strings[nameof(UiStrings.FilterToggle)];
            return used == 0 ? label : $"{label} ({used.ToString(CultureInfo.CurrentUICulture)})";
        }
    }

    protected override void OnParametersSet() => _areas = AreaChoices.Build(Names.Reference.Areas, Names.AreaCounts);

    private static string AreaClass(AreaChoices.Option option) =>
        option.IsGroup ? "md-area-group" : option.IsChild ? "md-area-child" : "md-area-other";

    private static string JoinSelected(IReadOnlyList<string> selected) => string.Join("、", selected);

    private void ApplyDates(DateRange? range) => Apply(Value with
    {
        From = range?.Start is { } start ? DateOnly.FromDateTime(start) : null,
        To = range?.End is { } end ? DateOnly.FromDateTime(end) : null,
    });

    private void ApplyText(string? text) => Apply(Value with { Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim() });

    private void Apply(IndicatorFilter next)
    {
        if (next.Equals(Value))
        {
            return;
        }
        Navigation.NavigateTo(FilterQuery.ReplaceFilters(new Uri(Navigation.Uri), next));
    }

    private static string[] ToList(IEnumerable<string>? values) => values?.Distinct(StringComparer.Ordinal).ToArray() ?? [];

    private static TEnum[] Codes<TEnum>(IEnumerable<TEnum>? values) where TEnum : struct, Enum => values?.Distinct().ToArray() ?? [];
}
