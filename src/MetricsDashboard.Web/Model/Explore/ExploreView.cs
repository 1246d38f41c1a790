using System.Globalization;
using System.Text;
using MetricsDashboard.Data.Queries;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace MetricsDashboard.Web.Model.Explore;

/// <summary>
/// How the explorer shows its rows — sort, page, page size and visible columns — kept in the URL
/// beside the filters, so a reload or a copied link reopens the same view. Unknown or out-of-range
/// values fall back to the defaults rather than failing.
/// </summary>
public sealed record ExploreView
{
    public const string SortKey = "sort";
    public const string DirectionKey = "dir";
    public const string PageKey = "page";
    public const string SizeKey = "size";
    public const string ColumnsKey = "cols";

    public static readonly IReadOnlyList<int> PageSizes = [25, 50, 100];

    /// <summary>Every optional column, in display order (value and label are always shown).</summary>
    public static readonly IReadOnlyList<string> OptionalColumns =
        ["published", "qualifier", "kind", "metric", "district", "sector", "period", "sentence", "source"];

    /// <summary>Shown unless the URL says otherwise: everything but the sentence.</summary>
    public static readonly IReadOnlyList<string> DefaultColumns = OptionalColumns.Where(c => c != "sentence").ToArray();

    public static readonly ExploreView Default = new();

    private static readonly Dictionary<string, IndicatorSort> Sorts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["published"] = IndicatorSort.PublishedOn,
        ["value"] = IndicatorSort.Value,
        ["district"] = IndicatorSort.District,
        ["sector"] = IndicatorSort.Sector,
        ["metric"] = IndicatorSort.Metric,
        ["label"] = IndicatorSort.Label,
    };

    public IndicatorSort Sort { get; init; } = IndicatorSort.PublishedOn;

    public bool Descending { get; init; } = true;

    /// <summary>Zero-based page index.</summary>
    public int Page { get; init; }

    public int PageSize { get; init; } = PageSizes[0];

    public IReadOnlyList<string> Columns { get; init; } = DefaultColumns;

    public bool Shows(string column) => Columns.Contains(column, StringComparer.Ordinal);

    public static string SortName(IndicatorSort sort) => Sorts.First(p => p.Value == sort).Key;

    public static ExploreView Parse(string? query)
    {
        var values = QueryHelpers.ParseQuery(query);
        string? One(string key) => values.TryGetValue(key, out var v) && !StringValues.IsNullOrEmpty(v) ? v.ToString() : null;

        var view = Default;
        if (One(SortKey) is { } sort && Sorts.TryGetValue(sort, out var known))
        {
            view = view with { Sort = known, Descending = known is IndicatorSort.PublishedOn or IndicatorSort.Value };
        }
        if (One(DirectionKey) is { } dir)
        {
            view = view with { Descending = !string.Equals(dir, "asc", StringComparison.OrdinalIgnoreCase) };
        }
        if (One(PageKey) is { } page && int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 1_000_000)
        {
            view = view with { Page = p - 1 };
        }
        if (One(SizeKey) is { } size && int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && PageSizes.Contains(s))
        {
            view = view with { PageSize = s };
        }
        if (One(ColumnsKey) is { } cols)
        {
            var chosen = cols.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(c => OptionalColumns.Contains(c, StringComparer.Ordinal))
                .ToHashSet(StringComparer.Ordinal);
            view = view with { Columns = OptionalColumns.Where(chosen.Contains).ToArray() };
        }
        return view;
    }

    /// <summary>The view's parameters to append to a filter query string (only those differing from the default).</summary>
    public string ToQuery(string filterQuery)
    {
        var sb = new StringBuilder(filterQuery);
        void Add(string key, string value) =>
            sb.Append(sb.Length == 0 ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value));

        var defaultDescending = Sort is IndicatorSort.PublishedOn or IndicatorSort.Value;
        if (Sort != Default.Sort || Descending != Default.Descending)
        {
            Add(SortKey, SortName(Sort));
            if (Descending != defaultDescending)
            {
                Add(DirectionKey, Descending ? "desc" : "asc");
            }
        }
        if (Page > 0) Add(PageKey, (Page + 1).ToString(CultureInfo.InvariantCulture));
        if (PageSize != Default.PageSize) Add(SizeKey, PageSize.ToString(CultureInfo.InvariantCulture));
        if (!Columns.SequenceEqual(DefaultColumns)) Add(ColumnsKey, string.Join(",", Columns));
        return sb.ToString();
    }

    public bool Equals(ExploreView? other) =>
        other is not null && Sort == other.Sort && Descending == other.Descending && Page == other.Page
        && PageSize == other.PageSize && Columns.SequenceEqual(other.Columns);

    public override int GetHashCode() => HashCode.Combine(Sort, Descending, Page, PageSize, Columns.Count);
}
