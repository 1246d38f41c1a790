namespace MetricsDashboard.Exports.Labels;

/// <summary>
/// Chinese and English names of the fixed code lists of INDICATORS.md (kinds, qualifiers, units)
/// and of the filter keys. Sector and metric names come from the reference tables instead.
/// </summary>
internal static class CodeNames
{
    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Kinds = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["actual"] = ("实际", "Actual"),
        ["target"] = ("目标", "Target"),
        ["change"] = ("变化", "Change"),
        ["rank"] = ("排名", "Rank"),
    };

    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Qualifiers = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["exact"] = ("精确", "Exact"),
        ["approx"] = ("约", "About"),
        ["more_than"] = ("以上", "More than"),
        ["at_most"] = ("以内", "At most"),
        ["range"] = ("区间", "Range"),
    };

    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Units = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["CNY"] = ("元", "CNY"),
        ["USD"] = ("美元", "USD"),
        ["percent"] = ("%", "percent"),
        ["pp"] = ("个百分点", "percentage points"),
        ["bp"] = ("个基点", "basis points"),
        ["count"] = ("个数", "count"),
        ["rank"] = ("位次", "rank"),
        ["m2"] = ("平方米", "m²"),
        ["km"] = ("公里", "km"),
        ["tonne"] = ("吨", "tonnes"),
        ["kWh"] = ("千瓦时", "kWh"),
        ["kW"] = ("千瓦", "kW"),
        ["duration_year"] = ("年", "years"),
        ["duration_month"] = ("个月", "months"),
        ["duration_day"] = ("天", "days"),
        ["duration_hour"] = ("小时", "hours"),
        ["other"] = ("其他", "other"),
    };

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
