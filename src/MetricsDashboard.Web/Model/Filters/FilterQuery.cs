using System.Text;
using MetricsDashboard.Data.Queries;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace MetricsDashboard.Web.Model.Filters;

/// <summary>
/// Reads and writes <see cref="IndicatorFilter"/> as a URL query string, the same for pages and for
/// the download API; the keys and their reading are <see cref="FilterKeys"/>'s. Every URL the app
/// builds with filters comes from here.
/// </summary>
public static class FilterQuery
{
    /// <summary>Parses a query string (with or without the leading '?'); errors in English, for the API.</summary>
    public static IndicatorFilter Parse(string? query, out IReadOnlyList<string> errors)
    {
        var filter = Read(query, out var problems);
        errors = problems.Select(p => p.ToString()).ToArray();
        return filter;
    }

    /// <summary>Parses from any key → values lookup (a query string, an <c>IQueryCollection</c>); errors in English, for the API.</summary>
    public static IndicatorFilter Parse(Func<string, StringValues> lookup, out IReadOnlyList<string> errors)
    {
        var filter = Read(lookup, out var problems);
        errors = problems.Select(p => p.ToString()).ToArray();
        return filter;
    }

    /// <summary>Parses a query string; the problems are structured so that pages can word them in the UI language.</summary>
    public static IndicatorFilter Read(string? query, out IReadOnlyList<FilterProblem> problems)
    {
        var values = QueryHelpers.ParseQuery(query);
        return Read(key => values.TryGetValue(key, out var v) ? v : StringValues.Empty, out problems);
    }

    /// <summary>Parses from any key → values lookup, reporting what could not be read.</summary>
    public static IndicatorFilter Read(Func<string, StringValues> lookup, out IReadOnlyList<FilterProblem> problems) =>
        FilterKeys.Read(key => lookup(key), out problems);

    /// <summary>The query string for a filter, starting with '?', or "" when nothing is filtered.</summary>
    public static string ToQueryString(IndicatorFilter filter)
    {
        var sb = new StringBuilder();
        foreach (var (key, value) in FilterKeys.ToPairs(filter))
        {
            Append(sb, key, value);
        }
        return sb.ToString();
    }

    /// <summary>A path with the filter's query string, e.g. <c>/explore?district=锦江区</c> (escaped).</summary>
    public static string WithFilters(string path, IndicatorFilter filter) => path + ToQueryString(filter);

    /// <summary>The filter parameters every page shares; other parameters belong to a page's view.</summary>
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>(FilterKeys.All, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The current URL with its filters replaced by <paramref name="next"/>: a page's own view
    /// parameters (the explorer's sort, page size, columns) are kept, except the page number, which
    /// goes back to the first page because the rows changed.
    /// </summary>
    public static string ReplaceFilters(Uri current, IndicatorFilter next)
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

    private static void Append(StringBuilder sb, string key, string value)
    {
        sb.Append(sb.Length == 0 ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value));
    }
}
