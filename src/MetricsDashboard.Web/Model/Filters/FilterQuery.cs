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
        var state = Read(query, out var problems);
        errors = problems.Select(p => p.ToString()).ToArray();
        return state;
    }

    /// <summary>Parses from any key → values lookup (a query string, an <c>IQueryCollection</c>); errors in English, for the API.</summary>
    public static FilterState Parse(Func<string, StringValues> lookup, out IReadOnlyList<string> errors)
    {
        var state = Read(lookup, out var problems);
        errors = problems.Select(p => p.ToString()).ToArray();
        return state;
    }

    /// <summary>Parses a query string; the problems are structured so that pages can word them in the UI language.</summary>
    public static FilterState Read(string? query, out IReadOnlyList<FilterProblem> problems)
    {
        var values = QueryHelpers.ParseQuery(query);
        return Read(key => values.TryGetValue(key, out var v) ? v : StringValues.Empty, out problems);
    }

    /// <summary>Parses from any key → values lookup, reporting what could not be read.</summary>
    public static FilterState Read(Func<string, StringValues> lookup, out IReadOnlyList<FilterProblem> errors)
    {
        var problems = new List<FilterProblem>();
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

    /// <summary>The filter parameters every page shares; other parameters belong to a page's view.</summary>
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { District, Sector, Metric, Unit, Kind, From, To, Text };

    /// <summary>
    /// The current URL with its filters replaced by <paramref name="next"/>: a page's own view
    /// parameters (the explorer's sort, page size, columns) are kept, except the page number, which
    /// goes back to the first page because the rows changed.
    /// </summary>
    public static string ReplaceFilters(Uri current, FilterState next)
    {
        var sb = new StringBuilder(ToQueryString(next));
        foreach (var (key, values) in QueryHelpers.ParseQuery(current.Query))
        {
            if (Keys.Contains(key) || string.Equals(key, "page", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            foreach (var value in values)
            {
                Append(sb, key, value ?? "");
            }
        }
        return current.AbsolutePath + sb;
    }

    /// <summary>The filters as (name, value) pairs, for the "applied filters" of downloads.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ToPairs(FilterState state) =>
        QueryHelpers.ParseQuery(ToQueryString(state))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? "")))
            .ToArray();

    private static void Append(StringBuilder sb, string key, string value)
    {
        sb.Append(sb.Length == 0 ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value));
    }

    // Codes and area names never hold control characters, and a NUL reaching SQLite inside a
    // constant ends the statement's text early (a 500): they are dropped before anything else.
    private static string[] Many(StringValues values) =>
        values.SelectMany(v => WithoutControlCharacters(v).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private static string WithoutControlCharacters(string? value) =>
        string.IsNullOrEmpty(value) || !value.Any(char.IsControl) ? value ?? "" : string.Concat(value.Where(c => !char.IsControl(c)));

    /// <summary>Dates the archive can hold; far-off ones (9999-12-31) are reported rather than overflowing date arithmetic.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static readonly DateOnly Latest = new(2999, 12, 31);

    private static DateOnly? InRange(DateOnly date, string name, string text, List<FilterProblem> problems)
    {
        if (date >= Earliest && date <= Latest)
        {
            return date;
        }
        problems.Add(new FilterProblem(name, text));
        return null;
    }

    private static DateOnly? ParseDate(StringValues values, bool endOfMonth, string name, List<FilterProblem> problems)
    {
        var text = values.ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return InRange(day, name, text, problems);
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            if (InRange(month, name, text, problems) is null)
            {
                return null;
            }
            // "to=2024-03" means through the end of March (9999-12 has no next month to step back from).
            return endOfMonth ? new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)) : month;
        }
        problems.Add(new FilterProblem(name, text));
        return null;
    }
}
