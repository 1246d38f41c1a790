using System.Globalization;
using MetricsDashboard.Data.Queries;

namespace MetricsDashboard.Exports.Labels;

/// <summary>
/// Names in the reader's language for what a spreadsheet shows: column titles, the display names
/// of stored codes (金融 for <c>finance</c>), filter keys and the words around the data. Chinese for
/// any zh culture, English otherwise. CSV and JSON never use these: they keep codes and field names.
/// </summary>
public sealed class ExportLabels
{
    private readonly Dictionary<string, KeyName> _sectors;
    private readonly Dictionary<string, KeyName> _metrics;

    public ExportLabels(CultureInfo culture, ReferenceData? reference)
    {
        Culture = culture;
        IsChinese = culture.TwoLetterISOLanguageName.Equals("zh", StringComparison.OrdinalIgnoreCase);
        Texts = IsChinese ? ExportTexts.Chinese : ExportTexts.English;
        _sectors = (reference?.Sectors ?? []).ToDictionary(s => s.Key, StringComparer.Ordinal);
        _metrics = (reference?.Metrics ?? []).ToDictionary(m => m.Key, StringComparer.Ordinal);
    }

    public CultureInfo Culture { get; }

    public bool IsChinese { get; }

    public ExportTexts Texts { get; }

    public string Title(ExportColumn column) => IsChinese ? column.TitleZh : column.TitleEn;

    /// <summary>The display name of a stored code; an unknown code is shown as it is.</summary>
    public string Display(ExportCodeList list, string code) => list switch
    {
        ExportCodeList.Sector => _sectors.TryGetValue(code, out var s) ? Pick(s.NameZh, s.NameEn) : code,
        ExportCodeList.Metric => _metrics.TryGetValue(code, out var m) ? Pick(m.NameZh, m.NameEn) : code,
        ExportCodeList.Kind => Named(CodeNames.Kinds, code),
        ExportCodeList.Qualifier => Named(CodeNames.Qualifiers, code),
        ExportCodeList.Unit => Named(CodeNames.Units, code),
        _ => code,
    };

    /// <summary>A filter's key as the filters sheet names it (区县 for <c>district</c>).</summary>
    public string FilterKey(string key) => key == ExportFilters.TruncatedAt ? Texts.TruncatedAt : Named(CodeNames.FilterKeys, key);

    /// <summary>A filter's value with codes shown by name.</summary>
    public string FilterValue(string key, string value) => key switch
    {
        FilterKeys.Sector => Display(ExportCodeList.Sector, value),
        FilterKeys.Metric => Display(ExportCodeList.Metric, value),
        FilterKeys.Unit => Display(ExportCodeList.Unit, value),
        FilterKeys.Kind => Display(ExportCodeList.Kind, value),
        _ => value,
    };

    private string Named(IReadOnlyDictionary<string, (string Zh, string En)> names, string code) =>
        names.TryGetValue(code, out var name) ? Pick(name.Zh, name.En) : code;

    private string Pick(string zh, string en) => IsChinese ? zh : en;
}
