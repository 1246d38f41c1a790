using System.Data.Common;
using System.Globalization;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// Keeps the four rollup tables equal to GROUP BYs over Indicators: IndicatorRollups (month ×
/// district × sector × metric × unit × counter × kind) from the rows, IndicatorMonthTotals (without
/// district) and IndicatorYearRollups (years) from it, IndicatorDistrictTotals (all years) from those;
/// on SQLite also AreaMonthCounts (each area with the areas below it, by month). Whole months and years are recomputed, never
/// incremented, so a maximum stays right after a delete.
/// </summary>
public static class IndicatorRollups
{
    private const string Dimensions = "\"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\"";

    private static string MonthFromRows(SqlDialect d) =>
        "INSERT INTO \"IndicatorRollups\" (\"Month\", \"District\", " + Dimensions + ", \"Count\", \"Sum\", \"Max\") " +
        "SELECT COALESCE(\"PublishedMonth\", ''), COALESCE(\"District\", ''), \"Sector\", \"Metric\", \"Unit\", COALESCE(\"Counter\", ''), \"Kind\", COUNT(*), " + d.Sum("\"Value\"") + ", MAX(\"Value\") FROM \"Indicators\"";

    private const string TotalsFromMonths =
        "INSERT INTO \"IndicatorMonthTotals\" (\"Month\", " + Dimensions + ", \"Count\", \"Sum\", \"Max\") " +
        "SELECT \"Month\", " + Dimensions + ", SUM(\"Count\"), SUM(\"Sum\"), MAX(\"Max\") FROM \"IndicatorRollups\"";

    private const string YearsFromMonths =
        "INSERT INTO \"IndicatorYearRollups\" (\"Year\", \"District\", " + Dimensions + ", \"Count\", \"Sum\", \"Max\") " +
        "SELECT substr(\"Month\", 1, 4), \"District\", " + Dimensions + ", SUM(\"Count\"), SUM(\"Sum\"), MAX(\"Max\") FROM \"IndicatorRollups\"";

    // Small enough (one row per district × sector × metric × unit × counter × kind) to rebuild whole.
    private const string RebuildDistrictTotalsSql =
        "DELETE FROM \"IndicatorDistrictTotals\"; " +
        "INSERT INTO \"IndicatorDistrictTotals\" (\"District\", " + Dimensions + ", \"Count\", \"Sum\", \"Max\") " +
        "SELECT \"District\", " + Dimensions + ", SUM(\"Count\"), SUM(\"Sum\"), MAX(\"Max\") FROM \"IndicatorYearRollups\" GROUP BY 1, 2, 3, 4, 5, 6;";

    /// <summary>The SQL that rebuilds all four tables from the indicator rows.</summary>
    public static string RebuildAllSql(SqlDialect d) =>
        "DELETE FROM \"IndicatorRollups\"; DELETE FROM \"IndicatorMonthTotals\"; DELETE FROM \"IndicatorYearRollups\"; " +
        MonthFromRows(d) + " GROUP BY 1, 2, 3, 4, 5, 6, 7; " +
        TotalsFromMonths + " GROUP BY 1, 2, 3, 4, 5, 6; " +
        YearsFromMonths + " GROUP BY 1, 2, 3, 4, 5, 6, 7; " +
        RebuildDistrictTotalsSql +
        AreaMonthCounts.RebuildSql(d);

    /// <summary>Recomputes everything; used after bulk loads.</summary>
    public static void RebuildAll(DbConnection connection, DbTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = RebuildAllSql(SqlDialect.For(connection));
        command.ExecuteNonQuery();
    }

    /// <summary>Recomputes the given months (<c>yyyy-MM</c>, null for undated) and their years inside the caller's transaction.</summary>
    public static Task RebuildMonthsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string?> months, CancellationToken ct) =>
        UpdateMonthsAsync(connection, transaction, months.Select(m => m ?? "").ToHashSet(StringComparer.Ordinal), null, ct);

    /// <summary>
    /// Brings the rollups up to date after a batch of writes, inside the caller's transaction:
    /// months that lost mentions (<paramref name="recompute"/>, '' for undated) are recomputed from
    /// their rows; the other months' new mentions are added to their rows (<paramref name="additions"/>);
    /// then month totals, years and district totals of every touched month are recomputed from the
    /// month rows (a few hundred rows each, not the mentions).
    /// </summary>
    internal static async Task UpdateMonthsAsync(DbConnection connection, DbTransaction transaction, IReadOnlySet<string> recompute,
        MonthRollupAdditions? additions, CancellationToken ct)
    {
        var dialect = SqlDialect.For(connection);
        foreach (var month in recompute)
        {
            // The month's rows are found through the PublishedOn index: its first to its last day.
            var rows = month == ""
                ? " WHERE \"PublishedOn\" IS NULL"
                : " WHERE \"PublishedOn\" >= @first AND \"PublishedOn\" <= @last";
            await ExecuteAsync(connection, transaction, ct,
                "DELETE FROM \"IndicatorRollups\" WHERE \"Month\" = @month; " +
                MonthFromRows(dialect) + rows + " GROUP BY 1, 2, 3, 4, 5, 6, 7;",
                ("@month", month), ("@first", FirstDay(dialect, month)), ("@last", LastDay(dialect, month)));
        }
        var touched = recompute.ToHashSet(StringComparer.Ordinal);
        if (additions is not null)
        {
            await additions.WriteAsync(connection, transaction, recompute, ct);
            touched.UnionWith(additions.Months);
        }
        foreach (var month in touched)
        {
            await ExecuteAsync(connection, transaction, ct,
                "DELETE FROM \"IndicatorMonthTotals\" WHERE \"Month\" = @month; " +
                TotalsFromMonths + " WHERE \"Month\" = @month GROUP BY 1, 2, 3, 4, 5, 6; " +
                AreaMonthCounts.RebuildMonthSql(dialect),
                ("@month", month));
        }
        foreach (var year in touched.Select(m => m.Length >= 4 ? m[..4] : "").Distinct(StringComparer.Ordinal))
        {
            var monthRange = year == "" ? " WHERE \"Month\" = ''" : " WHERE \"Month\" >= @firstMonth AND \"Month\" <= @lastMonth";
            await ExecuteAsync(connection, transaction, ct,
                "DELETE FROM \"IndicatorYearRollups\" WHERE \"Year\" = @year; " + YearsFromMonths + monthRange + " GROUP BY 1, 2, 3, 4, 5, 6, 7;",
                ("@year", year), ("@firstMonth", string.Create(CultureInfo.InvariantCulture, $"{year}-01")), ("@lastMonth", string.Create(CultureInfo.InvariantCulture, $"{year}-12")));
        }
        if (touched.Count > 0)
        {
            await ExecuteAsync(connection, transaction, ct, RebuildDistrictTotalsSql);
        }
    }

    // Bound as the column stores dates; a month key that is not yyyy-MM matches no row.
    private static object FirstDay(SqlDialect dialect, string month) =>
        TryParseMonth(month, out var first) ? dialect.Date(first) : dialect.Date(DateOnly.MaxValue);

    private static object LastDay(SqlDialect dialect, string month) =>
        TryParseMonth(month, out var first) ? dialect.Date(first.AddMonths(1).AddDays(-1)) : dialect.Date(DateOnly.MinValue);

    private static bool TryParseMonth(string month, out DateOnly first) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first);

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters.Where(p => sql.Contains(p.Name, StringComparison.Ordinal)))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        await command.ExecuteNonQueryAsync(ct);
    }
}
