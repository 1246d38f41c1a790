using System.Globalization;

namespace MetricsDashboard.Data.Facts;

/// <summary>
/// How much time a fact's period covers. A cumulative span (1—11月, from January to a month of
/// the same year) is a figure to date: it is never added to monthly or yearly figures.
/// </summary>
public static class PeriodGrain
{
    public const string None = "none";
    public const string Day = "day";
    public const string Month = "month";
    public const string Quarter = "quarter";
    public const string Year = "year";
    public const string Cumulative = "cumulative";
    public const string Span = "span";

    /// <summary>The grain of a period string (<c>2024</c>, <c>2024-11</c>, <c>2024-01/2024-11</c>, <c>2024-01/2024-03</c> …).</summary>
    public static string Of(string? period)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            return None;
        }
        var slash = period.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return period.Length switch { 4 => Year, 7 => Month, 10 => Day, _ => None };
        }
        var inv = CultureInfo.InvariantCulture;
        if (!DateOnly.TryParseExact(period[..slash], "yyyy-MM", inv, DateTimeStyles.None, out var first)
            || !DateOnly.TryParseExact(period[(slash + 1)..], "yyyy-MM", inv, DateTimeStyles.None, out var last))
        {
            return Span;
        }
        var months = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        if (months == 3 && first.Year == last.Year && first.Month % 3 == 1)
        {
            // 一季度 is both a quarter and a span from January; a quarter reads better on a time axis.
            return Quarter;
        }
        return first.Month == 1 && first.Year == last.Year ? Cumulative : Span;
    }
}
