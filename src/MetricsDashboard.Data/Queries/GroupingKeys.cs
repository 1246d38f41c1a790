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
        IndicatorGrouping.Unit => i => new GroupedValue { Key = i.Unit, Unit = i.Unit, Counter = i.Counter, Value = i.Value },
        IndicatorGrouping.Month or IndicatorGrouping.Quarter or IndicatorGrouping.Year =>
            i => new GroupedValue { Key = i.PublishedMonth, Unit = i.Unit, Counter = i.Counter, Value = i.Value },
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, null),
    };

    public static Expression<Func<IndicatorRollup, RollupValue>> RollupSelector(IndicatorGrouping grouping) => grouping switch
    {
        IndicatorGrouping.District => r => new RollupValue { Key = r.District, Unit = r.Unit, Counter = r.Counter, Count = r.Count, Sum = r.Sum, Max = r.Max },
        IndicatorGrouping.Sector => r => new RollupValue { Key = r.Sector, Unit = r.Unit, Counter = r.Counter, Count = r.Count, Sum = r.Sum, Max = r.Max },
        IndicatorGrouping.Metric => r => new RollupValue { Key = r.Metric, Unit = r.Unit, Counter = r.Counter, Count = r.Count, Sum = r.Sum, Max = r.Max },
        IndicatorGrouping.Unit => r => new RollupValue { Key = r.Unit, Unit = r.Unit, Counter = r.Counter, Count = r.Count, Sum = r.Sum, Max = r.Max },
        IndicatorGrouping.Month or IndicatorGrouping.Quarter or IndicatorGrouping.Year =>
            r => new RollupValue { Key = r.Month, Unit = r.Unit, Counter = r.Counter, Count = r.Count, Sum = r.Sum, Max = r.Max },
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, null),
    };

    /// <summary>The key of a month group (<c>yyyy-MM</c>) under a time grouping.</summary>
    public static string FromMonth(string month, IndicatorGrouping grouping) => grouping switch
    {
        IndicatorGrouping.Year => month[..4],
        IndicatorGrouping.Quarter => string.Create(CultureInfo.InvariantCulture, $"{month[..4]}-Q{(int.Parse(month.AsSpan(5, 2), CultureInfo.InvariantCulture) - 1) / 3 + 1}"),
        _ => month,
    };
}
