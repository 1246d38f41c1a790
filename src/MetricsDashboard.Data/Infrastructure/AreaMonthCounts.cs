namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// <c>AreaMonthCounts</c>: the figures of each area and every area below it per month, unit and
/// counter (成都市 holds its own figures and those of its 23 districts), summed from
/// <c>IndicatorRollups</c>. The overview's chart by month under one area filter reads the area's
/// few hundred rows instead of grouping every rollup row of its districts (95,000 for 成都市 at a
/// million figures: ~90 ms). Rows of a month are recomputed with the month's other rollups; the
/// migration creates and fills it. An accelerator of SQLite's only, like <see cref="AreaArticles"/>:
/// on PostgreSQL no such table exists and every method here does nothing.
/// </summary>
internal static class AreaMonthCounts
{
    private const string InsertFromRollups =
        AreaArticles.Ancestry +
        "INSERT INTO \"AreaMonthCounts\" (\"Area\", \"Month\", \"Unit\", \"Counter\", \"Count\", \"Sum\", \"Max\") " +
        "SELECT COALESCE(\"Up\".\"Area\", r.\"District\"), r.\"Month\", r.\"Unit\", r.\"Counter\", SUM(r.\"Count\"), SUM(r.\"Sum\"), MAX(r.\"Max\") " +
        "FROM \"IndicatorRollups\" r LEFT JOIN \"Up\" ON \"Up\".\"Name\" = r.\"District\" WHERE r.\"District\" <> '' ";

    private const string GroupBy = " GROUP BY 1, 2, 3, 4";

    /// <summary>Creates the table (clustered on area and month) and fills it from the rollups.</summary>
    public const string CreateSql =
        "CREATE TABLE \"AreaMonthCounts\" (\"Area\" TEXT NOT NULL, \"Month\" TEXT NOT NULL, \"Unit\" TEXT NOT NULL, \"Counter\" TEXT NOT NULL, " +
        "\"Count\" INTEGER NOT NULL, \"Sum\" REAL NOT NULL, \"Max\" REAL NOT NULL, PRIMARY KEY (\"Area\", \"Month\", \"Unit\", \"Counter\")) WITHOUT ROWID;" +
        InsertFromRollups + GroupBy + ";";

    public const string DropSql = "DROP TABLE IF EXISTS \"AreaMonthCounts\";";

    /// <summary>The SQL that rebuilds the whole table from the rollups (empty on PostgreSQL).</summary>
    public static string RebuildSql(SqlDialect dialect) =>
        dialect.IsPostgreSql ? "" : "DELETE FROM \"AreaMonthCounts\"; " + InsertFromRollups + GroupBy + ";";

    /// <summary>The SQL that recomputes one month (<c>@month</c>) from its rollup rows (empty on PostgreSQL).</summary>
    public static string RebuildMonthSql(SqlDialect dialect) =>
        dialect.IsPostgreSql ? "" : "DELETE FROM \"AreaMonthCounts\" WHERE \"Month\" = @month; " + InsertFromRollups + "AND r.\"Month\" = @month" + GroupBy + ";";
}
