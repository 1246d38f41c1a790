using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MetricsDashboard.Data.Facts;

/// <summary>
/// Keeps FactDistrictRollups and FactPeriodRollups equal to GROUP BYs over the summable facts. An
/// import recomputes only the rollup rows of the facts it touched (as they were before and after),
/// each from the facts of that one row through an index; a bulk load rebuilds them whole.
/// Recomputed, never incremented, so a maximum stays right after a delete.
/// </summary>
internal static class FactRollups
{
    private const string Year = "COALESCE(substr(\"PublishedOn\", 1, 4), '')";

    /// <summary>The SQL that rebuilds both tables from the facts.</summary>
    public const string RebuildAllSql =
        "DELETE FROM \"FactDistrictRollups\"; DELETE FROM \"FactPeriodRollups\"; " +
        "INSERT INTO \"FactDistrictRollups\" (\"Year\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", \"Sum\", \"Max\") " +
        "SELECT " + Year + ", COALESCE(\"District\", ''), \"Sector\", \"Metric\", \"Unit\", COALESCE(\"Counter\", ''), \"Kind\", COUNT(*), SUM(\"Value\"), MAX(\"Value\") " +
        "FROM \"Facts\" WHERE \"IsSummable\" = 1 GROUP BY 1, 2, 3, 4, 5, 6, 7; " +
        "INSERT INTO \"FactPeriodRollups\" (\"Year\", \"Period\", \"PeriodGrain\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", \"Sum\") " +
        "SELECT " + Year + ", \"Period\", MIN(\"PeriodGrain\"), \"Sector\", \"Metric\", \"Unit\", COALESCE(\"Counter\", ''), \"Kind\", COUNT(*), SUM(\"Value\") " +
        "FROM \"Facts\" WHERE \"IsSummable\" = 1 AND \"Period\" IS NOT NULL GROUP BY 1, 2, 4, 5, 6, 7, 8;";

    // One row of each table, from the facts of that row: the district row is found through
    // IX_Facts_District_Cover, the period row through IX_Facts_Match (metric, unit, period).
    private const string DistrictRowSql =
        "DELETE FROM \"FactDistrictRollups\" WHERE \"Year\" = $year AND \"District\" = $district AND \"Sector\" = $sector AND \"Metric\" = $metric AND \"Unit\" = $unit AND \"Counter\" = $counter AND \"Kind\" = $kind; " +
        "INSERT INTO \"FactDistrictRollups\" (\"Year\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", \"Sum\", \"Max\") " +
        "SELECT $year, $district, $sector, $metric, $unit, $counter, $kind, COUNT(*), SUM(\"Value\"), MAX(\"Value\") FROM \"Facts\" " +
        "WHERE \"District\" IS $districtOrNull AND \"Kind\" = $kind AND \"IsSummable\" = 1 AND \"Unit\" = $unit AND \"Counter\" IS $counterOrNull AND \"Metric\" = $metric AND \"Sector\" = $sector AND {0} " +
        "HAVING COUNT(*) > 0;";

    private const string PeriodRowSql =
        "DELETE FROM \"FactPeriodRollups\" WHERE \"Year\" = $year AND \"Period\" = $period AND \"Sector\" = $sector AND \"Metric\" = $metric AND \"Unit\" = $unit AND \"Counter\" = $counter AND \"Kind\" = $kind; " +
        "INSERT INTO \"FactPeriodRollups\" (\"Year\", \"Period\", \"PeriodGrain\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", \"Sum\") " +
        "SELECT $year, $period, $grain, $sector, $metric, $unit, $counter, $kind, COUNT(*), SUM(\"Value\") FROM \"Facts\" " +
        "WHERE \"Metric\" = $metric AND \"Unit\" = $unit AND \"Period\" = $period AND \"IsSummable\" = 1 AND \"Kind\" = $kind AND \"Counter\" IS $counterOrNull AND \"Sector\" = $sector AND {0} " +
        "HAVING COUNT(*) > 0;";

    private const string InYear = "\"PublishedOn\" >= $first AND \"PublishedOn\" <= $last";

    private const string Undated = "\"PublishedOn\" IS NULL";

    public static void RebuildAll(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = RebuildAllSql;
        command.ExecuteNonQuery();
    }

    /// <summary>The rollup keys of the given facts as they are now (read before and after a change).</summary>
    public static async Task<HashSet<FactRollupKey>> KeysOfAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<long> factIds, CancellationToken ct)
    {
        var keys = new HashSet<FactRollupKey>();
        var ids = factIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return keys;
        }
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "SELECT " + Year + ", COALESCE(\"District\", ''), \"Sector\", \"Metric\", \"Unit\", COALESCE(\"Counter\", ''), \"Kind\", \"Period\", \"PeriodGrain\" " +
            "FROM \"Facts\" WHERE \"Id\" IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", "[" + string.Join(",", ids) + "]");
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            keys.Add(new FactRollupKey(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetString(8)));
        }
        return keys;
    }

    /// <summary>Recomputes the rollup rows of the given keys inside the caller's transaction.</summary>
    public static async Task RefreshAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<FactRollupKey> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return;
        }
        // Four statements prepared once per file, bound once per row.
        await using var districtInYear = Prepare(connection, transaction, string.Format(CultureInfo.InvariantCulture, DistrictRowSql, InYear));
        await using var districtUndated = Prepare(connection, transaction, string.Format(CultureInfo.InvariantCulture, DistrictRowSql, Undated));
        await using var periodInYear = Prepare(connection, transaction, string.Format(CultureInfo.InvariantCulture, PeriodRowSql, InYear));
        await using var periodUndated = Prepare(connection, transaction, string.Format(CultureInfo.InvariantCulture, PeriodRowSql, Undated));
        foreach (var key in keys.DistinctBy(k => k.DistrictRow))
        {
            await ExecuteAsync(key.Year == "" ? districtUndated : districtInYear, key, ct);
        }
        foreach (var key in keys.Where(k => k.Period is not null))
        {
            await ExecuteAsync(key.Year == "" ? periodUndated : periodInYear, key, ct);
        }
    }

    private static readonly string[] ParameterNames =
        ["$year", "$first", "$last", "$districtOrNull", "$district", "$sector", "$metric", "$unit", "$counterOrNull", "$counter", "$kind", "$period", "$grain"];

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in ParameterNames.Where(n => System.Text.RegularExpressions.Regex.IsMatch(sql, System.Text.RegularExpressions.Regex.Escape(n) + @"\b")))
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }
        return command;
    }

    private static async Task ExecuteAsync(SqliteCommand command, FactRollupKey key, CancellationToken ct)
    {
        void Set(string name, object? value)
        {
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }
        }
        Set("$year", key.Year);
        Set("$first", key.Year + "-01-01");
        Set("$last", key.Year + "-12-31");
        Set("$districtOrNull", key.District == "" ? null : key.District);
        Set("$district", key.District);
        Set("$sector", key.Sector);
        Set("$metric", key.Metric);
        Set("$unit", key.Unit);
        Set("$counterOrNull", key.Counter == "" ? null : key.Counter);
        Set("$counter", key.Counter);
        Set("$kind", key.Kind);
        Set("$period", key.Period);
        Set("$grain", key.PeriodGrain);
        await command.ExecuteNonQueryAsync(ct);
    }
}
