using System.Globalization;
using System.Linq.Expressions;
using MetricsDashboard.Data.Model;

namespace MetricsDashboard.Data.Queries;

// Maps a grouping to the stored column it groups on. Quarter and year are rolled up from the
// month groups (at most a few hundred rows), which keeps one indexed GROUP BY for all three.
internal static class GroupingKeys
{
    public static bool IsTime(IndicatorGrouping grouping) =>
        grouping is IndicatorGrouping.Month or IndicatorGrouping.Quarter or IndicatorGrouping.Year;

    public static Expression<Func<StoredIndicator, GroupedValue>> Selector(IndicatorGrouping grouping) => grouping switch
    {
        IndicatorGrouping.District => i => new GroupedValue { Key = i.District, Unit = i.Unit, Counter = i.Counter, Value = i.Value },
        IndicatorGrouping.Sector => i => new GroupedValue { Key = i.Sector, Unit = i.Unit, Counter = i.Counter, Value = i.Value },
        IndicatorGrouping.Metric => i => new GroupedValue { Key = i.Metric, Unit = i.Unit, Counter = i.Counter, Value = i.Value },
        // The unit grouping groups on Unit alone; IndicatorAggregator names each group by its wire name.
        IndicatorGrouping.Unit => i => new GroupedValue { Key = "", Unit = i.Unit, Counter = i.Counter, Value = i.Value },
        IndicatorGrouping.Month or IndicatorGrouping.Quarter or IndicatorGrouping.Year =>
            i => new GroupedValue { Key = i.PublishedMonth, Unit = i.Unit, Counter = i.Counter, Value = i.Value },
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, null),
    };

    /// <summary>The rollup column a grouping groups on; time groupings group on the period (month or year).</summary>
    public static Expression<Func<RollupCell, string>> RollupKey(IndicatorGrouping grouping) => grouping switch
    {
        IndicatorGrouping.District => r => r.District,
        IndicatorGrouping.Sector => r => r.Sector,
        IndicatorGrouping.Metric => r => r.Metric,
        IndicatorGrouping.Unit => r => "",
        IndicatorGrouping.Month or IndicatorGrouping.Quarter or IndicatorGrouping.Year => r => r.Period,
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, null),
    };

    /// <summary>The key of a month (<c>yyyy-MM</c>) or year (<c>yyyy</c>) group under a time grouping.</summary>
    public static string FromMonth(string month, IndicatorGrouping grouping) => grouping switch
    {
        _ when month.Length == 4 => month,
        IndicatorGrouping.Year => month[..4],
        IndicatorGrouping.Quarter => string.Create(CultureInfo.InvariantCulture, $"{month[..4]}-Q{(int.Parse(month.AsSpan(5, 2), CultureInfo.InvariantCulture) - 1) / 3 + 1}"),
        _ => month,
    };
}
