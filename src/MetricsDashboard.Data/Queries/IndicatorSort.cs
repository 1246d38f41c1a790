namespace MetricsDashboard.Data.Queries;

/// <summary>Sort orders of the indicator list; ties are broken by id.</summary>
public enum IndicatorSort
{
    PublishedOn,
    Value,
    District,
    Sector,
    Metric,
    Label,
}
