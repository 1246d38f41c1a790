using MetricsDashboard.Data.Queries;

namespace MetricsDashboard.Web.Model.Filters;

/// <summary>From the URL's filters to the query service's filter.</summary>
public static class FilterStateMapping
{
    public static IndicatorFilter ToIndicatorFilter(this FilterState state) => new()
    {
        Districts = state.Districts,
        Sectors = state.Sectors,
        Metrics = state.Metrics,
        Units = state.Units,
        Kinds = state.Kinds,
        From = state.From,
        To = state.To,
        Text = state.Text,
    };
}
