using System.Globalization;
using MetricsDashboard.Data.Queries;

namespace MetricsDashboard.Exports;

/// <summary>
/// The applied filters of a download as (query key, value) pairs, in one order, whoever made the
/// download: the web API and the command line write the same metadata for the same filter. The keys
/// are the query-string keys of the dashboard's URLs.
/// </summary>
public static class ExportFilters
{
    public const string District = "district";
    public const string Sector = "sector";
    public const string Metric = "metric";
    public const string Unit = "unit";
    public const string Kind = "kind";
    public const string From = "from";
    public const string To = "to";
    public const string Text = "q";

    /// <summary>Present when a download was cut at a row limit; its value is the limit.</summary>
    public const string TruncatedAt = "truncated_at";

    public static IReadOnlyList<KeyValuePair<string, string>> Of(IndicatorFilter filter)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        Add(pairs, District, filter.Districts);
        Add(pairs, Sector, filter.Sectors);
        Add(pairs, Metric, filter.Metrics);
        Add(pairs, Unit, filter.Units);
        Add(pairs, Kind, filter.Kinds);
        if (filter.From is { } from)
        {
            pairs.Add(new(From, from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        if (filter.To is { } to)
        {
            pairs.Add(new(To, to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            pairs.Add(new(Text, filter.Text.Trim()));
        }
        return pairs;
    }

    private static void Add(List<KeyValuePair<string, string>> pairs, string key, IEnumerable<string> values) =>
        pairs.AddRange(values.Select(v => new KeyValuePair<string, string>(key, v)));
}
