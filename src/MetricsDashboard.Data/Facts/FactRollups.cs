using System.Data.Common;
using MetricsDashboard.Data.Infrastructure;

namespace MetricsDashboard.Data.Facts;

/// <summary>
/// Keeps FactDistrictRollups and FactPeriodRollups equal to GROUP BYs over the summable facts. An
/// import recomputes only the rollup rows of the facts it touched (as they were before and after),
/// each from the facts of that one row through an index; a bulk load rebuilds them whole.
/// Recomputed, never incremented, so a maximum stays right after a delete.
/// </summary>
internal static class FactRollups
{
    // The text of a date is yyyy-MM-dd on both engines (SQLite stores it so; PostgreSQL's ISO DateStyle).
    private const string Year = "COALESCE(substr(CAST(\"PublishedOn\" AS TEXT), 1, 4), '')";

    /// <summary>The SQL that rebuilds both tables from the facts.</summary>
    public static string RebuildAllSql(SqlDialect d) =>
        "DELETE FROM \"FactDistrictRollups\"; DELETE FROM \"FactPeriodRollups\"; " +
        "INSERT INTO \"FactDistrictRollups\" (\"Year\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", \"Sum\", \"Max\") " +
        "SELECT " + Year + ", COALESCE(\"District\", ''), \"Sector\", \"Metric\", \"Unit\", COALESCE(\"Counter\", ''), \"Kind\", COUNT(*), " + d.Sum("\"Value\"") + ", MAX(\"Value\") " +
        "FROM \"Facts\" WHERE \"IsSummable\" = TRUE GROUP BY 1, 2, 3, 4, 5, 6, 7; " +
        "INSERT INTO \"FactPeriodRollups\" (\"Year\", \"Period\", \"PeriodGrain\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", \"Sum\") " +
        "SELECT " + Year + ", \"Period\", MIN(\"PeriodGrain\"), \"Sector\", \"Metric\", \"Unit\", COALESCE(\"Counter\", ''), \"Kind\", COUNT(*), " + d.Sum("\"Value\"") + " " +
        "FROM \"Facts\" WHERE \"IsSummable\" = TRUE AND \"Period\" IS NOT NULL GROUP BY 1, 2, 4, 5, 6, 7, 8;";

    // The rows of the keys in the temporary FactRollupKeys (unqualified: a temporary table hides a
    // table of the same name on both engines), recomputed in four statements whatever their
    // number: each district key seeks its facts on all seven columns of IX_Facts_Kind_Cover; each
    // period key through IX_Facts_Match (metric, unit, period), forced, since without statistics
    // SQLite would pick the kind index and walk every fact of a kind and unit.
    private static string RefreshKeysSql(SqlDialect d) =>
        "DELETE FROM \"FactDistrictRollups\" WHERE (\"Year\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\") IN " +
        "(SELECT \"Year\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\" FROM \"FactRollupKeys\"); " +
        "INSERT INTO \"FactDistrictRollups\" (\"Year\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", \"Sum\", \"Max\") " +
        "SELECT k.\"Year\", k.\"District\", k.\"Sector\", k.\"Metric\", k.\"Unit\", k.\"Counter\", k.\"Kind\", COUNT(*), " + d.Sum("f.\"Value\"") + ", MAX(f.\"Value\") " +
        "FROM (SELECT DISTINCT \"Year\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\" FROM \"FactRollupKeys\") k " +
        "JOIN \"Facts\" f ON " + d.Same("f.\"District\"", "NULLIF(k.\"District\", '')") + " AND f.\"Kind\" = k.\"Kind\" AND f.\"IsSummable\" = TRUE AND f.\"Unit\" = k.\"Unit\" " +
        "AND " + d.Same("f.\"Counter\"", "NULLIF(k.\"Counter\", '')") + " AND f.\"Metric\" = k.\"Metric\" AND f.\"Sector\" = k.\"Sector\" AND " + Year + " = k.\"Year\" " +
        "GROUP BY 1, 2, 3, 4, 5, 6, 7; " +
        "DELETE FROM \"FactPeriodRollups\" WHERE (\"Year\", \"Period\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\") IN " +
        "(SELECT \"Year\", \"Period\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\" FROM \"FactRollupKeys\" WHERE \"Period\" IS NOT NULL); " +
        "INSERT INTO \"FactPeriodRollups\" (\"Year\", \"Period\", \"PeriodGrain\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", \"Sum\") " +
        "SELECT k.\"Year\", k.\"Period\", MIN(f.\"PeriodGrain\"), k.\"Sector\", k.\"Metric\", k.\"Unit\", k.\"Counter\", k.\"Kind\", COUNT(*), " + d.Sum("f.\"Value\"") + " " +
        "FROM (SELECT DISTINCT \"Year\", \"Period\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\" FROM \"FactRollupKeys\" WHERE \"Period\" IS NOT NULL) k " +
        "JOIN \"Facts\" f" + d.IndexedBy("IX_Facts_Match") + " ON f.\"Metric\" = k.\"Metric\" AND f.\"Unit\" = k.\"Unit\" AND f.\"Period\" = k.\"Period\" AND f.\"IsSummable\" = TRUE AND f.\"Kind\" = k.\"Kind\" " +
        "AND " + d.Same("f.\"Counter\"", "NULLIF(k.\"Counter\", '')") + " AND f.\"Sector\" = k.\"Sector\" AND " + Year + " = k.\"Year\" " +
        "GROUP BY 1, 2, 4, 5, 6, 7, 8; " +
        "DELETE FROM \"FactRollupKeys\";";

    private const string KeysTableSql =
        "CREATE TEMP TABLE IF NOT EXISTS \"FactRollupKeys\" (\"Year\" TEXT NOT NULL, \"District\" TEXT NOT NULL, \"Sector\" TEXT NOT NULL, \"Metric\" TEXT NOT NULL, " +
        "\"Unit\" TEXT NOT NULL, \"Counter\" TEXT NOT NULL, \"Kind\" TEXT NOT NULL, \"Period\" TEXT NULL); DELETE FROM \"FactRollupKeys\";";

    public static void RebuildAll(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = RebuildAllSql(SqlDialect.For(connection));
        command.ExecuteNonQuery();
    }

    /// <summary>The rollup keys of the given facts as they are now (read before and after a change).</summary>
    public static async Task<HashSet<FactRollupKey>> KeysOfAsync(DbConnection connection, DbTransaction transaction, IEnumerable<long> factIds, CancellationToken ct) =>
        (await StatesOfAsync(connection, transaction, factIds, ct)).Values.Select(s => s.Key).ToHashSet();

    /// <summary>What the rollups read of each given fact (key, value, summable), by fact id.</summary>
    public static async Task<Dictionary<long, FactRollupState>> StatesOfAsync(DbConnection connection, DbTransaction transaction, IEnumerable<long> factIds, CancellationToken ct)
    {
        var states = new Dictionary<long, FactRollupState>();
        var ids = factIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return states;
        }
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "SELECT " + Year + ", COALESCE(\"District\", ''), \"Sector\", \"Metric\", \"Unit\", COALESCE(\"Counter\", ''), \"Kind\", \"Period\", \"PeriodGrain\", \"Id\", \"Value\", \"IsSummable\" " +
            $"FROM \"Facts\" WHERE \"Id\" IN ({SqlDialect.IdList(ids)})";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var key = new FactRollupKey(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetString(8));
            states[reader.GetInt64(9)] = new FactRollupState(key, reader.GetDouble(10), reader.GetBoolean(11));
        }
        return states;
    }

    /// <summary>Recomputes the rollup rows of the given keys inside the caller's transaction.</summary>
    public static async Task RefreshAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<FactRollupKey> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return;
        }
        await ExecuteAsync(connection, transaction, KeysTableSql, ct);
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO \"FactRollupKeys\" VALUES (@year, @district, @sector, @metric, @unit, @counter, @kind, @period)";
            var parameters = new[] { "@year", "@district", "@sector", "@metric", "@unit", "@counter", "@kind", "@period" }
                .Select(n => SqlDialect.Add(insert, n)).ToArray();
            SqlDialect.For(connection).Prepare(insert);
            foreach (var k in keys)
            {
                object?[] values = [k.Year, k.District, k.Sector, k.Metric, k.Unit, k.Counter, k.Kind, k.Period];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].Value = values[i] ?? DBNull.Value;
                }
                await insert.ExecuteNonQueryAsync(ct);
            }
        }
        await ExecuteAsync(connection, transaction, RefreshKeysSql(SqlDialect.For(connection)), ct);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
