using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Exports.Labels;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace MetricsDashboard.Web.Model.Formatting;

/// <summary>
/// Human names for the keys stored with indicators (sector and metric keys, kinds, qualifiers) in
/// the current UI language. Sector and metric names come from the reference tables, kinds and
/// qualifiers from the code table downloads use too (<see cref="CodeNames"/>), the rest from the UI resources.
/// </summary>
public sealed class DisplayNames(ReferenceData reference, IStringLocalizer<UiStrings> localizer, CultureInfo culture, IReadOnlyDictionary<string, int>? areaCounts = null)
{
    private readonly Dictionary<string, KeyName> _sectors = reference.Sectors.ToDictionary(s => s.Key, StringComparer.Ordinal);
    private readonly Dictionary<string, KeyName> _metrics = reference.Metrics.ToDictionary(m => m.Key, StringComparer.Ordinal);
    private readonly bool _chinese = culture.TwoLetterISOLanguageName == "zh";

    public ReferenceData Reference => reference;

    /// <summary>Figures stored per area (the area's own, not its districts'), for the area filter.</summary>
    public IReadOnlyDictionary<string, int> AreaCounts { get; } = areaCounts ?? new Dictionary<string, int>();

    /// <summary>True when the reference tables know the area (a page for anything else answers 404).</summary>
    public bool IsKnownArea(string name) => reference.Areas.Any(a => a.Name == name);

    public bool IsKnownSector(string key) => _sectors.ContainsKey(key);

    public bool IsKnownMetric(string key) => _metrics.ContainsKey(key);

    public CultureInfo Culture => culture;

    public string Sector(string? key) => Name(_sectors, key);

    public string Metric(string? key) => Name(_metrics, key);

    /// <summary>An area name, or "unspecified" for indicators whose text names none.</summary>
    public string Area(string? name) => string.IsNullOrEmpty(name) ? localizer[nameof(UiStrings.Unspecified)] : name;

    public string Kind(IndicatorKind? kind) => CodeNames.Name(CodeNames.Kinds, kind?.ToWire(), _chinese);

    public string Qualifier(Qualifier? qualifier) => CodeNames.Name(CodeNames.Qualifiers, qualifier?.ToWire(), _chinese);

    public string Unit(CanonicalUnit unit, string? counter = null) => QuantityFormatter.UnitName(unit, counter, culture);

    public string Quantity(IndicatorRow row) => QuantityFormatter.FormatQuantity(row.Value, row.ValueMax, row.Unit, row.Counter, culture);

    public string Quantity(Data.Queries.Facts.FactView fact) => QuantityFormatter.FormatQuantity(fact.Value, fact.ValueMax, fact.Unit, fact.Counter, culture);

    /// <summary>A total of one unit and counter, e.g. 3000万元.</summary>
    public string Amount(double value, CanonicalUnit unit, string? counter) => QuantityFormatter.FormatQuantity(value, null, unit, counter, culture);

    /// <summary>Why a mention joined its fact, in words.</summary>
    public string MergeReason(string? reason) => reason switch
    {
        "first_report" => localizer[nameof(UiStrings.MergeFirstReport)],
        "same_figure" => localizer[nameof(UiStrings.MergeSameFigure)],
        "headline_repeat" => localizer[nameof(UiStrings.MergeHeadlineRepeat)],
        "cross_article" => localizer[nameof(UiStrings.MergeCrossArticle)],
        "review_split" => localizer[nameof(UiStrings.MergeReviewSplit)],
        _ => reason ?? "",
    };

    /// <summary>year, quarter, month, cumulative (to date), span: how much time a figure covers.</summary>
    public string Grain(string? grain) => grain switch
    {
        "year" => localizer[nameof(UiStrings.GrainYear)],
        "quarter" => localizer[nameof(UiStrings.GrainQuarter)],
        "month" => localizer[nameof(UiStrings.GrainMonth)],
        "day" => localizer[nameof(UiStrings.GrainDay)],
        "cumulative" => localizer[nameof(UiStrings.GrainCumulative)],
        "span" => localizer[nameof(UiStrings.GrainSpan)],
        _ => grain ?? "",
    };

    private string Name(Dictionary<string, KeyName> names, string? key) =>
        string.IsNullOrEmpty(key) ? localizer[nameof(UiStrings.Unspecified)]
        : names.TryGetValue(key, out var name) ? (_chinese ? name.NameZh : name.NameEn)
        : key;
}
