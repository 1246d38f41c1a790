using System.Data.Common;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Extraction.Model;
using Microsoft.Data.Sqlite;

namespace MetricsDashboard.Data.Facts;

/// <summary>
/// Adds the facts an import has just made to their rollup rows (count + n, sum + values, max of
/// both) instead of recomputing those rows from every fact they hold. Recomputing a row costs as
/// many index entries as the row has facts, so over a corpus whose figures share a few keys the
/// import grew quadratically. Adding is exact only for facts that are new and final, in rows that
/// nothing removed from: rows whose facts changed or left are recomputed by
/// <see cref="FactRollups.RefreshAsync"/>, and their keys are skipped here (the recompute already
/// counts the new facts). So a maximum still stays right after a delete.
/// </summary>
internal static class FactRollupAdditions
{
    // The conflict target is the table's key (PostgreSQL requires one; SQLite accepts it), and the
    // stored row's columns are named through the table, as both engines read them.
    private static string AddDistrictSql(SqlDialect d) =>
        "INSERT INTO \"FactDistrictRollups\" AS r (\"Year\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", \"Sum\", \"Max\") " +
        "VALUES (@year, @district, @sector, @metric, @unit, @counter, @kind, @count, @sum, @max) " +
        "ON CONFLICT (\"Year\", \"District\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\") " +
        "DO UPDATE SET \"Count\" = r.\"Count\" + excluded.\"Count\", \"Sum\" = r.\"Sum\" + excluded.\"Sum\", \"Max\" = " + d.Greatest("r.\"Max\"", "excluded.\"Max\"");

    // A period's grain is a function of the period string, so every fact of a row has the same one.
    private static string AddPeriodSql(SqlDialect d) =>
        "INSERT INTO \"FactPeriodRollups\" AS r (\"Year\", \"Period\", \"PeriodGrain\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\", \"Count\", \"Sum\") " +
        "VALUES (@year, @period, @grain, @sector, @metric, @unit, @counter, @kind, @count, @sum) " +
        "ON CONFLICT (\"Year\", \"Period\", \"Sector\", \"Metric\", \"Unit\", \"Counter\", \"Kind\") " +
        "DO UPDATE SET \"Count\" = r.\"Count\" + excluded.\"Count\", \"Sum\" = r.\"Sum\" + excluded.\"Sum\", \"PeriodGrain\" = " + d.Least("r.\"PeriodGrain\"", "excluded.\"PeriodGrain\"");

    // The rollup rows' keys as the SQL writes them: units and kinds by their wire names.
    private readonly record struct DistrictKey(string Year, string District, string Sector, string Metric, string Unit, string Counter, string Kind);

    private readonly record struct PeriodKey(string Year, string Period, string Sector, string Metric, string Unit, string Counter, string Kind);

    /// <summary>Adds <paramref name="made"/> (new facts, final) to the rows not in <paramref name="recomputed"/>.</summary>
    public static async Task AddAsync(DbConnection connection, DbTransaction transaction, IEnumerable<Fact> made, IReadOnlyCollection<FactRollupKey> recomputed, CancellationToken ct)
    {
        var skipDistrict = recomputed.Select(k => new DistrictKey(k.Year, k.District, k.Sector, k.Metric, k.Unit, k.Counter, k.Kind)).ToHashSet();
        var skipPeriod = recomputed.Where(k => k.Period is not null).Select(k => new PeriodKey(k.Year, k.Period!, k.Sector, k.Metric, k.Unit, k.Counter, k.Kind)).ToHashSet();
        var districts = new Dictionary<DistrictKey, (int Count, double Sum, double Max)>();
        var periods = new Dictionary<PeriodKey, (string Grain, int Count, double Sum)>();
        foreach (var f in made.Where(f => f.IsSummable))
        {
            // The same key expressions as the SQL rollups: COALESCE(substr(PublishedOn, 1, 4), ''), '' for no area or counter.
            var year = f.PublishedOn?.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) ?? "";
            var district = new DistrictKey(year, f.District ?? "", f.Sector, f.Metric, f.Unit.ToWire(), f.Counter ?? "", f.Kind.ToWire());
            if (!skipDistrict.Contains(district))
            {
                districts[district] = districts.TryGetValue(district, out var d) ? (d.Count + 1, d.Sum + f.Value, Math.Max(d.Max, f.Value)) : (1, f.Value, f.Value);
            }
            if (f.Period is not null)
            {
                var period = new PeriodKey(year, f.Period, f.Sector, f.Metric, f.Unit.ToWire(), f.Counter ?? "", f.Kind.ToWire());
                if (!skipPeriod.Contains(period))
                {
                    periods[period] = periods.TryGetValue(period, out var p) ? (p.Grain, p.Count + 1, p.Sum + f.Value) : (f.PeriodGrain, 1, f.Value);
                }
            }
        }
        if (districts.Count > 0)
        {
            await RunAllAsync(connection, transaction, AddDistrictSql(SqlDialect.For(connection)),
                ["@year", "@district", "@sector", "@metric", "@unit", "@counter", "@kind", "@count", "@sum", "@max"],
                districts.Select(e => new object[] { e.Key.Year, e.Key.District, e.Key.Sector, e.Key.Metric, e.Key.Unit, e.Key.Counter, e.Key.Kind, e.Value.Count, e.Value.Sum, e.Value.Max }), ct);
        }
        if (periods.Count > 0)
        {
            await RunAllAsync(connection, transaction, AddPeriodSql(SqlDialect.For(connection)),
                ["@year", "@period", "@grain", "@sector", "@metric", "@unit", "@counter", "@kind", "@count", "@sum"],
                periods.Select(e => new object[] { e.Key.Year, e.Key.Period, e.Value.Grain, e.Key.Sector, e.Key.Metric, e.Key.Unit, e.Key.Counter, e.Key.Kind, e.Value.Count, e.Value.Sum }), ct);
        }
    }

    // One statement run for each row of values (in the order of the SQL's parameters): on SQLite
    // bound by position on the connection's handle (SqliteRowStatement), elsewhere a prepared command.
    private static async Task RunAllAsync(DbConnection connection, DbTransaction transaction, string sql, string[] names, IEnumerable<object[]> rows, CancellationToken ct)
    {
        if (connection is SqliteConnection sqlite)
        {
            using var statement = new SqliteRowStatement(sqlite, sql);
            foreach (var values in rows)
            {
                for (var i = 0; i < values.Length; i++)
                {
                    statement.Bind(i, values[i]);
                }
                statement.Execute();
            }
            return;
        }
        await using var command = Prepare(connection, transaction, sql, names);
        foreach (var values in rows)
        {
            await RunAsync(command, ct, values);
        }
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        var command = SqlDialect.Command(connection, transaction, sql);
        foreach (var name in names)
        {
            SqlDialect.Add(command, name);
        }
        SqlDialect.For(connection).Prepare(command);
        return command;
    }

    private static async Task RunAsync(DbCommand command, CancellationToken ct, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
        await command.ExecuteNonQueryAsync(ct);
    }
}
