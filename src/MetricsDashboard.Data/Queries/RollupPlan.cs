using System.Globalization;

namespace MetricsDashboard.Data.Queries;

/// <summary>
/// How a filter splits between the rollups (whole months) and the indicator rows (the partial
/// months at the edges of a date range, or everything when the filter has text or ids, which the
/// rollups do not carry).
/// </summary>
internal sealed record RollupPlan(bool UseRollups, string? FirstMonth, string? LastMonth, bool DatedOnly, IReadOnlyList<IndicatorFilter> RawParts)
{
    public static RollupPlan For(IndicatorFilter filter, bool rollupsEnabled)
    {
        if (!rollupsEnabled || !string.IsNullOrWhiteSpace(filter.Text) || filter.DocumentId is not null || filter.ArticleId is not null)
        {
            return new RollupPlan(false, null, null, false, [filter]);
        }
        if (filter.From is null && filter.To is null)
        {
            return new RollupPlan(true, null, null, false, []);
        }
        // Whole months inside [From, To]: the month of From unless From is not its first day, the
        // month of To unless To is not its last day.
        var fullFrom = filter.From is { } from ? (from.Day == 1 ? MonthStart(from) : MonthStart(from).AddMonths(1)) : (DateOnly?)null;
        var fullTo = filter.To is { } to ? (to.AddDays(1).Day == 1 ? MonthStart(to) : MonthStart(to).AddMonths(-1)) : (DateOnly?)null;
        if (fullFrom is not null && fullTo is not null && fullFrom > fullTo)
        {
            return new RollupPlan(false, null, null, true, [filter]);
        }
        var raw = new List<IndicatorFilter>();
        if (filter.From is { } f && fullFrom is { } ff && f < ff)
        {
            raw.Add(filter with { From = f, To = ff.AddDays(-1) });
        }
        if (filter.To is { } t && fullTo is { } ft && t > ft.AddMonths(1).AddDays(-1))
        {
            raw.Add(filter with { From = ft.AddMonths(1), To = t });
        }
        return new RollupPlan(true, Key(fullFrom), Key(fullTo), true, raw);
    }

    private static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);

    private static string? Key(DateOnly? month) => month?.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
