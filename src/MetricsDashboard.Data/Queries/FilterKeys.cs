using System.Globalization;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Queries;

/// <summary>
/// <see cref="IndicatorFilter"/> as (key, value) pairs: the one reading and writing of a filter that
/// the dashboard's URLs, the download API, the downloads' "applied filters" and the command line's
/// options all share. <c>district</c>, <c>sector</c>, <c>metric</c>, <c>unit</c> and <c>kind</c>
/// repeat (a value may also list several, comma-separated); <c>from</c>/<c>to</c> are
/// <c>yyyy-MM-dd</c> or <c>yyyy-MM</c> (a month <c>to</c> means its last day); <c>q</c> is free text.
/// </summary>
public static class FilterKeys
{
    public const string District = "district";
    public const string Sector = "sector";
    public const string Metric = "metric";
    public const string Unit = "unit";
    public const string Kind = "kind";
    public const string From = "from";
    public const string To = "to";
    public const string Text = "q";

    /// <summary>Every filter key, in the order <see cref="ToPairs"/> writes them.</summary>
    public static readonly IReadOnlyList<string> All = [District, Sector, Metric, Unit, Kind, From, To, Text];

    /// <summary>Dates the archive can hold; far-off ones (9999-12-31) are reported rather than overflowing date arithmetic.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static readonly DateOnly Latest = new(2999, 12, 31);

    /// <summary>
    /// Reads a filter from a key → values lookup (a query string, the command line's options).
    /// Unreadable dates and codes the contract does not name are reported in <paramref name="problems"/>, never guessed.
    /// </summary>
    public static IndicatorFilter Read(Func<string, IEnumerable<string?>> values, out IReadOnlyList<FilterProblem> problems)
    {
        var found = new List<FilterProblem>();
        var filter = new IndicatorFilter
        {
            Districts = Many(values(District)),
            Sectors = Many(values(Sector)),
            Metrics = Many(values(Metric)),
            Units = Codes<CanonicalUnit>(values(Unit), Unit, found),
            Kinds = Codes<IndicatorKind>(values(Kind), Kind, found),
            From = ParseDate(values(From), endOfMonth: false, From, found),
            To = ParseDate(values(To), endOfMonth: true, To, found),
            Text = string.Concat(values(Text)).Trim() is { Length: > 0 } q ? q : null,
        };
        problems = found;
        return filter;
    }

    /// <summary>The filter as (key, value) pairs in <see cref="All"/>'s order; nothing for an empty filter.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ToPairs(IndicatorFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var pairs = new List<KeyValuePair<string, string>>();
        Add(pairs, District, filter.Districts);
        Add(pairs, Sector, filter.Sectors);
        Add(pairs, Metric, filter.Metrics);
        Add(pairs, Unit, filter.Units.Select(u => u.ToWire()));
        Add(pairs, Kind, filter.Kinds.Select(k => k.ToWire()));
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

    // Codes and area names never hold control characters, and a NUL reaching SQLite inside a
    // constant ends the statement's text early (a 500): they are dropped before anything else.
    private static string[] Many(IEnumerable<string?> values) =>
        values.SelectMany(v => WithoutControlCharacters(v).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    // Units and kinds by their wire names (unit=CNY, kind=actual).
    private static TEnum[] Codes<TEnum>(IEnumerable<string?> values, string name, List<FilterProblem> problems) where TEnum : struct, Enum
    {
        var codes = new List<TEnum>();
        foreach (var text in Many(values))
        {
            if (WireNames.TryParse<TEnum>(text, out var code))
            {
                codes.Add(code);
            }
            else
            {
                problems.Add(new FilterProblem(name, text));
            }
        }
        return codes.Distinct().ToArray();
    }

    private static string WithoutControlCharacters(string? value) =>
        string.IsNullOrEmpty(value) || !value.Any(char.IsControl) ? value ?? "" : string.Concat(value.Where(c => !char.IsControl(c)));

    private static DateOnly? ParseDate(IEnumerable<string?> values, bool endOfMonth, string name, List<FilterProblem> problems)
    {
        var text = string.Join(',', values.Where(v => !string.IsNullOrEmpty(v)));
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

    private static DateOnly? InRange(DateOnly date, string name, string text, List<FilterProblem> problems)
    {
        if (date >= Earliest && date <= Latest)
        {
            return date;
        }
        problems.Add(new FilterProblem(name, text));
        return null;
    }
}
