using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Exports.Labels;

/// <summary>
/// Chinese and English names of the fixed code lists of INDICATORS.md (kinds, qualifiers, units),
/// keyed by their enums and looked up by wire name: the one table that downloads and the pages
/// (<c>DisplayNames</c>) both name codes from. Sector and metric names come from the reference tables.
/// </summary>
public static class CodeNames
{
    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Kinds = ByWire(new Dictionary<IndicatorKind, (string, string)>
    {
        [IndicatorKind.Actual] = ("实际", "Actual"),
        [IndicatorKind.Target] = ("目标", "Target"),
        [IndicatorKind.Change] = ("变化", "Change"),
        [IndicatorKind.Rank] = ("排名", "Rank"),
    });

    // more_than is [value, ∞) in the contract: "at least", as 以上 reads.
    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Qualifiers = ByWire(new Dictionary<Qualifier, (string, string)>
    {
        [Qualifier.Exact] = ("精确", "Exact"),
        [Qualifier.Approx] = ("约", "About"),
        [Qualifier.MoreThan] = ("以上", "At least"),
        [Qualifier.AtMost] = ("以内", "At most"),
        [Qualifier.Range] = ("区间", "Range"),
    });

    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Units = ByWire(new Dictionary<CanonicalUnit, (string, string)>
    {
        [CanonicalUnit.Cny] = ("元", "CNY"),
        [CanonicalUnit.Usd] = ("美元", "USD"),
        [CanonicalUnit.Percent] = ("%", "percent"),
        [CanonicalUnit.PercentagePoint] = ("个百分点", "percentage points"),
        [CanonicalUnit.BasisPoint] = ("个基点", "basis points"),
        [CanonicalUnit.Count] = ("个数", "count"),
        [CanonicalUnit.Rank] = ("位次", "rank"),
        [CanonicalUnit.SquareMetre] = ("平方米", "m²"),
        [CanonicalUnit.Kilometre] = ("公里", "km"),
        [CanonicalUnit.Tonne] = ("吨", "tonnes"),
        [CanonicalUnit.KilowattHour] = ("千瓦时", "kWh"),
        [CanonicalUnit.Kilowatt] = ("千瓦", "kW"),
        [CanonicalUnit.DurationYear] = ("年", "years"),
        [CanonicalUnit.DurationMonth] = ("个月", "months"),
        [CanonicalUnit.DurationDay] = ("天", "days"),
        [CanonicalUnit.DurationHour] = ("小时", "hours"),
        [CanonicalUnit.Other] = ("其他", "other"),
    });

    /// <summary>The name of a code in one list in the reader's language; an unknown code is shown as it is.</summary>
    public static string Name(IReadOnlyDictionary<string, (string Zh, string En)> list, string? code, bool chinese) =>
        code is not null && list.TryGetValue(code, out var name) ? (chinese ? name.Zh : name.En) : code ?? "";

    private static Dictionary<string, (string Zh, string En)> ByWire<TEnum>(Dictionary<TEnum, (string, string)> names) where TEnum : struct, Enum =>
        names.ToDictionary(p => p.Key.ToWire(), p => p.Value, StringComparer.Ordinal);

    /// <summary>The filter keys (<c>FilterKeys</c>) as the filters sheet names them.</summary>
    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> FilterKeys = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        [Data.Queries.FilterKeys.District] = ("区县", "Area"),
        [Data.Queries.FilterKeys.Sector] = ("领域", "Sector"),
        [Data.Queries.FilterKeys.Metric] = ("指标类别", "Metric"),
        [Data.Queries.FilterKeys.Unit] = ("单位", "Unit"),
        [Data.Queries.FilterKeys.Kind] = ("类型", "Kind"),
        [Data.Queries.FilterKeys.From] = ("起始日期", "From"),
        [Data.Queries.FilterKeys.To] = ("截止日期", "To"),
        [Data.Queries.FilterKeys.Text] = ("关键词", "Text"),
    };
}
