using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace MetricsDashboard.Web.Model.Filters;

/// <summary>
/// Reads and writes <see cref="FilterState"/> as a query string, the same for pages and for the
/// download API: <c>district</c> and <c>sector</c> (repeatable), <c>metric</c>, <c>unit</c>,
/// <c>kind</c> (repeatable too), <c>from</c>/<c>to</c> (<c>yyyy-MM-dd</c> or <c>yyyy-MM</c>), <c>q</c>.
/// Every URL the app builds with filters comes from here.
/// </summary>
public static class FilterQuery
{
    public const string District = "district";
    public const string Sector = "sector";
    public const string Metric = "metric";
    public const string Unit = "unit";
    public const string Kind = "kind";
    public const string From = "from";
    public const string To = "to";
    public const string Text = "q";

    /// <summary>Parses a query string (with or without the leading '?'). Unparseable dates are reported, not guessed.</summary>
    public static FilterState Parse(string? query, out IReadOnlyList<string> errors)
    {
        var values = QueryHelpers.ParseQuery(query);
        return Parse(key => values.TryGetValue(key, out var v) ? v : StringValues.Empty, out errors);
    }

    /// <summary>Parses from any key → values lookup (a query string, an <c>IQueryCollection</c>).</summary>
    public static FilterState Parse(Func<string, StringValues> lookup, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        var state = new FilterState
        {
            Districts = Many(lookup(District)),
            Sectors = Many(lookup(Sector)),
            Metrics = Many(lookup(Metric)),
            Units = Many(lookup(Unit)),
            Kinds = Many(lookup(Kind)),
            From = ParseDate(lookup(From), endOfMonth: false, From, problems),
            To = ParseDate(lookup(To), endOfMonth: true, To, problems),
            Text = lookup(Text).ToString() is { Length: > 0 } q ? q.Trim() : null,
        };
        errors = problems;
        return state;
    }

    /// <summary>The query string for a state, starting with '?', or "" when nothing is filtered.</summary>
    public static string ToQueryString(FilterState state)
    {
        var sb = new StringBuilder();
        foreach (var v in state.Districts) Append(sb, District, v);
        foreach (var v in state.Sectors) Append(sb, Sector, v);
        foreach (var v in state.Metrics) Append(sb, Metric, v);
        foreach (var v in state.Units) Append(sb, Unit, v);
        foreach (var v in state.Kinds) Append(sb, Kind, v);
        if (state.From is { } from) Append(sb, From, from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (state.To is { } to) Append(sb, To, to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(state.Text)) Append(sb, Text, state.Text.Trim());
        return sb.ToString();
    }

    /// <summary>A path with the state's query string, e.g. <c>/explore?district=锦江区</c> (escaped).</summary>
    public static string WithFilters(string path, FilterState state) => path + ToQueryString(state);

    /// <summary>The filters as (name, value) pairs, for the "applied filters" of downloads.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ToPairs(FilterState state) =>
        QueryHelpers.ParseQuery(ToQueryString(state))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? "")))
            .ToArray();

    private static void Append(StringBuilder sb, string key, string value)
    {
        sb.Append(sb.Length == 0 ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value));
    }

    private static string[] Many(StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    // Dates far from any news are refused: the end of 9999-12 or the day after 9999-12-31 cannot be computed.
    private static readonly DateOnly EarliestDate = new(1900, 1, 1);
    private static readonly DateOnly LatestDate = new(2999, 12, 31);

    private static bool InRange(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    private static DateOnly? ParseDate(StringValues values, bool endOfMonth, string name, List<string> problems)
    {
        var text = values.ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && InRange(day))
        {
            return day;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && InRange(month))
        {
            // "to=2024-03" means through the end of March.
            return endOfMonth ? month.AddMonths(1).AddDays(-1) : month;
        }
        problems.Add($"'{name}' must be a date as yyyy-MM-dd or yyyy-MM between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}, not '{text}'.");
        return null;
    }
}
