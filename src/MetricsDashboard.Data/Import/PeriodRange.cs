using System.Globalization;

namespace MetricsDashboard.Data.Import;

/// <summary>Parses an indicator's period (<c>2024</c>, <c>2024-11</c>, <c>2024-01/2024-11</c>) into its first and last day.</summary>
public static class PeriodRange
{
    /// <summary>The first and last day of a period; both null when it does not parse.</summary>
    public static (DateOnly? Start, DateOnly? End) Parse(string? period)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            return (null, null);
        }
        var slash = period.IndexOf('/', StringComparison.Ordinal);
        var first = Bounds(slash < 0 ? period : period[..slash]);
        var last = slash < 0 ? first : Bounds(period[(slash + 1)..]);
        return first is null || last is null ? (null, null) : (first.Value.Start, last.Value.End);
    }

    private static (DateOnly Start, DateOnly End)? Bounds(string part)
    {
        var inv = CultureInfo.InvariantCulture;
        part = part.Trim();
        if (DateOnly.TryParseExact(part, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            return (day, day);
        }
        if (DateOnly.TryParseExact(part, "yyyy-MM", inv, DateTimeStyles.None, out var month))
        {
            return (month, month.AddMonths(1).AddDays(-1));
        }
        if (part.Length == 4 && int.TryParse(part, NumberStyles.None, inv, out var year) && year is >= 1900 and <= 2200)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        return null;
    }
}
