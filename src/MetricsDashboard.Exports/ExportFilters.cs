using MetricsDashboard.Data.Queries;

namespace MetricsDashboard.Exports;

/// <summary>
/// The applied filters of a download as (key, value) pairs, in one order, whoever made the
/// download: the web API and the command line write the same metadata for the same filter. The keys
/// are <see cref="FilterKeys"/>', the query-string keys of the dashboard's URLs.
/// </summary>
public static class ExportFilters
{
    /// <summary>Present when a download was cut at a row limit; its value is the limit.</summary>
    public const string TruncatedAt = "truncated_at";

    public static IReadOnlyList<KeyValuePair<string, string>> Of(IndicatorFilter filter) => FilterKeys.ToPairs(filter);
}
