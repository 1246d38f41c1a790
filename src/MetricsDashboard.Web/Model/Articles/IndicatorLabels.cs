using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Model.Formatting;
using MetricsDashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace MetricsDashboard.Web.Model.Articles;

/// <summary>
/// Display names for an indicator's fields in the current UI language: sector and metric names
/// from the reference data (the key itself when unknown), qualifiers and kinds from resources.
/// </summary>
internal sealed class IndicatorLabels(IStringLocalizer<ArticleStrings> strings, ReferenceData? reference, CultureInfo culture)
{
    private readonly Dictionary<string, KeyName> _sectors = ByKey(reference?.Sectors);
    private readonly Dictionary<string, KeyName> _metrics = ByKey(reference?.Metrics);

    public string Sector(string? key) => Name(_sectors, key);

    public string Metric(string? key) => Name(_metrics, key);

    public string Quantity(IndicatorRow row) =>
        QuantityFormatter.FormatQuantity(row.Value, row.ValueMax, row.Unit, row.Counter, culture);

    public string Qualifier(string wire) => WireNames.TryParseQualifier(wire, out var qualifier)
        ? strings[qualifier switch
        {
            Extraction.Model.Qualifier.Approx => nameof(ArticleStrings.QualifierApprox),
            Extraction.Model.Qualifier.MoreThan => nameof(ArticleStrings.QualifierMoreThan),
            Extraction.Model.Qualifier.AtMost => nameof(ArticleStrings.QualifierAtMost),
            Extraction.Model.Qualifier.Range => nameof(ArticleStrings.QualifierRange),
            _ => nameof(ArticleStrings.QualifierExact),
        }]
        : wire;

    public string Kind(string wire) => WireNames.TryParseKind(wire, out var kind)
        ? strings[kind switch
        {
            IndicatorKind.Target => nameof(ArticleStrings.KindTarget),
            IndicatorKind.Change => nameof(ArticleStrings.KindChange),
            IndicatorKind.Rank => nameof(ArticleStrings.KindRank),
            _ => nameof(ArticleStrings.KindActual),
        }]
        : wire;

    /// <summary>The tooltip of a highlighted number: value with unit, qualifier and metric.</summary>
    public string Tooltip(IndicatorRow row)
    {
        var qualifier = row.Qualifier == "exact" ? "" : $" ({Qualifier(row.Qualifier)})";
        return $"{Quantity(row)}{qualifier} · {Metric(row.Metric)} · {row.Label}";
    }

    private string Name(Dictionary<string, KeyName> names, string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return strings[nameof(ArticleStrings.NotStated)];
        }
        return names.TryGetValue(key, out var name)
            ? (culture.TwoLetterISOLanguageName == "zh" ? name.NameZh : name.NameEn)
            : key;
    }

    private static Dictionary<string, KeyName> ByKey(IReadOnlyList<KeyName>? names) =>
        (names ?? []).GroupBy(n => n.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
}
