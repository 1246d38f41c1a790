namespace MetricsDashboard.Web.Charts;

/// <summary>The charts whose data can be downloaded from <c>/api/charts/{name}</c>.</summary>
public static class ChartNames
{
    /// <summary>Number of indicators per district.</summary>
    public const string ByDistrict = "by-district";

    /// <summary>Number of indicators per sector.</summary>
    public const string BySector = "by-sector";

    /// <summary>Number of indicators per metric category.</summary>
    public const string ByMetric = "by-metric";

    /// <summary>Number of indicators per publication month.</summary>
    public const string ByMonth = "by-month";

    /// <summary>Number of indicators per district × sector.</summary>
    public const string Heatmap = "heatmap";

    /// <summary>The largest amounts of money.</summary>
    public const string LargestAmounts = "largest-amounts";

    /// <summary>Facts added up per district, one row per unit, counter and kind.</summary>
    public const string SumByDistrict = "sum-by-district";

    /// <summary>Sums per publication month, one series per unit and counter.</summary>
    public const string SumByMonth = "sum-by-month";

    /// <summary>Facts added up per period they describe (year, quarter, month, cumulative span), one row per unit, counter and kind.</summary>
    public const string SumByPeriod = "sum-by-period";

    public static readonly IReadOnlyList<string> All =
        [ByDistrict, BySector, ByMetric, ByMonth, Heatmap, LargestAmounts, SumByDistrict, SumByMonth, SumByPeriod];
}
