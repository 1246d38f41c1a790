using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Model.Filters;
using MetricsDashboard.Web.Model.Formatting;
using Microsoft.AspNetCore.Components;

namespace MetricsDashboard.Web.Components.Controls;

/// <summary>
/// The shared filters. A change never updates state directly: it navigates to the same page with
/// the new query string, so the URL stays the one source of truth and a copied link reopens the view.
/// </summary>
public sealed partial class FilterBar
{
    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Parameter, EditorRequired]
    public FilterState Value { get; set; } = FilterState.Empty;

    [Parameter, EditorRequired]
    public DisplayNames Names { get; set; } = default!;

    [Parameter]
    public IReadOnlyList<string> Errors { get; set; } = [];

    /// <summary>On a district's own page the district is fixed by the route.</summary>
    [Parameter]
    public bool HideDistrict { get; set; }

    [Parameter]
    public bool HideSector { get; set; }

    [Parameter]
    public bool HideMetric { get; set; }

    /// <summary>An area choice: cities and provinces first, each followed by its districts.</summary>
    public sealed record AreaOption(string Name, string Text, bool IsGroup);

    /// <summary>A key choice with its display text.</summary>
    public sealed record KeyOption(string Key, string Text);

    private IReadOnlyList<AreaOption> AreaOptions { get; set; } = [];
    private IReadOnlyList<KeyOption> SectorOptions { get; set; } = [];
    private IReadOnlyList<KeyOption> MetricOptions { get; set; } = [];
    private IReadOnlyList<KeyOption> UnitOptions { get; set; } = [];
    private IReadOnlyList<KeyOption> KindOptions { get; set; } = [];

    protected override void OnParametersSet()
    {
        var reference = Names.Reference;
        AreaOptions = AreaHierarchy.Ordered(reference.Areas)
            .Select(a => new AreaOption(a.Area.Name, a.Parent is null ? a.Area.Name : $"{a.Area.Name} · {a.Parent}", a.Depth == 0 || a.HasChildren))
            .ToArray();
        SectorOptions = reference.Sectors.Select(s => new KeyOption(s.Key, Names.Sector(s.Key))).ToArray();
        MetricOptions = reference.Metrics.Select(m => new KeyOption(m.Key, Names.Metric(m.Key))).ToArray();
        UnitOptions = (reference.Units.Count > 0 ? reference.Units : CanonicalUnitCodes.All)
            .Select(u => new KeyOption(u, $"{Names.Unit(u)} ({u})")).ToArray();
        KindOptions = Enum.GetValues<IndicatorKind>().Select(k => new KeyOption(k.ToWire(), Names.Kind(k.ToWire()))).ToArray();
    }

    private void Apply(FilterState next)
    {
        if (next.Equals(Value))
        {
            return;
        }
        var path = new Uri(Navigation.Uri).AbsolutePath;
        Navigation.NavigateTo(FilterQuery.WithFilters(path, next));
    }

    private static string[] ToList(IEnumerable<string>? values) => values?.Distinct(StringComparer.Ordinal).ToArray() ?? [];

    private static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? ToDate(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;
}
