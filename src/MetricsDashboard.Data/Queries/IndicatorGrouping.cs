namespace MetricsDashboard.Data.Queries;

/// <summary>What counts and sums are grouped by. Time groupings use the publication date.</summary>
public enum IndicatorGrouping
{
    District,
    Sector,
    Metric,
    Unit,
    Month,
    Quarter,
    Year,
}
