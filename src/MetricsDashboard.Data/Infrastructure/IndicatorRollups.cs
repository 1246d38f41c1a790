using System.Data.Common;
using System.Globalization;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// Keeps the IndicatorRollups table equal to a GROUP BY over Indicators. Whole months are
/// recomputed from the indicator rows (never incremented), so a maximum stays right after a delete.
/// </summary>
public static class IndicatorRollups
{
    private const string Select =
        "SELECT COALESCE(\"PublishedMonth\", ''), COALESCE(\"District\", ''), \"Sector\", \"Metric\", \"Unit\", COALESCE(\"Counter\", ''), \"Kind\", COUNT(*), SUM(\"Value\"), MAX(\"Value\") FROM \"Indicators\"";

    private const string Insert =
        "INSERT INTO \"IndicatorRollups\" (\"Month\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", \"Sum\", \"Max\") ";

    private const string GroupBy = " GROUP BY 1, 2, 3, 4, 5, 6, 7";

    /// <summary>The SQL that rebuilds the whole table (also run by the migration that introduced it).</summary>
    public const string RebuildAllSql = "DELETE FROM \"IndicatorRollups\"; " + Insert + Select + GroupBy + ";";

    /// <summary>Recomputes everything; used after bulk loads.</summary>
    public static void RebuildAll(DbConnection connection, DbTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = RebuildAllSql;
        command.ExecuteNonQuery();
    }

    /// <summary>Recomputes the given months (<c>yyyy-MM</c>, null for undated) inside the caller's transaction.</summary>
    public static async Task RebuildMonthsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string?> months, CancellationToken ct)
    {
        foreach (var month in months.Distinct())
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var key = month ?? "";
            // The month's rows are found through the PublishedOn index: yyyy-MM-01 … yyyy-MM-31 as text.
            var where = month is null
                ? " WHERE \"PublishedOn\" IS NULL"
                : " WHERE \"PublishedOn\" >= $first AND \"PublishedOn\" <= $last";
            command.CommandText = "DELETE FROM \"IndicatorRollups\" WHERE \"Month\" = $month; " + Insert + Select + where + GroupBy + ";";
            AddParameter(command, "$month", key);
            if (month is not null)
            {
                AddParameter(command, "$first", string.Create(CultureInfo.InvariantCulture, $"{month}-01"));
                AddParameter(command, "$last", string.Create(CultureInfo.InvariantCulture, $"{month}-31"));
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
