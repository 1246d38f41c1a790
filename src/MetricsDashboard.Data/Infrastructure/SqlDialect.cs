using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// Everything the hand-written SQL (importer, facts, rollups, bulk loads) says differently on SQLite
/// and PostgreSQL, in one place. The statements themselves are written in the SQL both accept
/// (<c>@name</c> parameters, <c>ON CONFLICT (key) DO UPDATE</c>, <c>CAST(date AS TEXT)</c>, a
/// boolean column as a condition, id lists inlined as integers); only what cannot be shared is
/// asked of the dialect.
/// </summary>
public sealed class SqlDialect
{
    public static readonly SqlDialect Sqlite = new(DatabaseProvider.Sqlite);

    public static readonly SqlDialect PostgreSql = new(DatabaseProvider.PostgreSql);

    private SqlDialect(DatabaseProvider provider) => Provider = provider;

    public DatabaseProvider Provider { get; }

    public bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    /// <summary>The dialect of an open connection's engine.</summary>
    public static SqlDialect For(DbConnection connection) => connection switch
    {
        NpgsqlConnection => PostgreSql,
        SqliteConnection => Sqlite,
        _ => throw new NotSupportedException($"no SQL dialect for {connection?.GetType().Name}"),
    };

    /// <summary>A new, closed connection to the target.</summary>
    public static DbConnection Connect(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.IsPostgreSql ? new NpgsqlConnection(target.ConnectionString) : new SqliteConnection(target.ConnectionString);
    }

    /// <summary>A DateOnly as the column stores it: yyyy-MM-dd text in SQLite (as EF Core writes it), a date in PostgreSQL.</summary>
    public object Date(DateOnly? date) => date is not DateOnly d ? DBNull.Value
        : IsPostgreSql ? d
        : d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A UTC DateTime as the column stores it: EF Core's text in SQLite, timestamptz in PostgreSQL.</summary>
    public object Timestamp(DateTime utc) => IsPostgreSql
        ? DateTime.SpecifyKind(utc, DateTimeKind.Utc)
        : utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>The dialect of a context's engine.</summary>
    public static SqlDialect For(MetricsDbContext db) => db is PostgresMetricsDbContext ? PostgreSql : Sqlite;

    /// <summary>
    /// A sum of a double column as both engines give the same figure: SQLite's SUM compensates
    /// rounding; PostgreSQL's does not, so there the values are added as exact decimals (and the
    /// rollup tables keep their sums as <c>numeric</c>: see <see cref="PostgresMetricsDbContext"/>).
    /// Without this, 479.2 on SQLite reads 479.20000000000005 on PostgreSQL.
    /// </summary>
    public string Sum(string column) => IsPostgreSql ? $"SUM(CAST({column} AS numeric))" : $"SUM({column})";

    /// <summary>The larger of two values in one row (SQLite's two-argument MAX is an aggregate elsewhere).</summary>
    public string Greatest(string a, string b) => IsPostgreSql ? $"GREATEST({a}, {b})" : $"MAX({a}, {b})";

    /// <summary>The smaller of two values in one row.</summary>
    public string Least(string a, string b) => IsPostgreSql ? $"LEAST({a}, {b})" : $"MIN({a}, {b})";

    /// <summary>Equality where NULL equals NULL.</summary>
    public string Same(string a, string b) => IsPostgreSql ? $"{a} IS NOT DISTINCT FROM {b}" : $"{a} IS {b}";

    /// <summary>
    /// SQLite's planner hint for a join it would otherwise plan badly without statistics; PostgreSQL
    /// has statistics (autovacuum) and no hints.
    /// </summary>
    public string IndexedBy(string index) => IsPostgreSql ? "" : $" INDEXED BY \"{index}\"";

    /// <summary>
    /// Name and CREATE statement of each secondary index of a table, and of one more index by name
    /// (dropped before a bulk load, created again after). Names are the code's own constants.
    /// </summary>
    public string IndexDefinitionsSql(string table, string? alsoIndex = null) => IsPostgreSql
        ? $"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND ((tablename = '{table}' AND indexname <> 'PK_{table}') OR indexname = '{alsoIndex}')"
        : $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND (tbl_name = '{table}' OR name = '{alsoIndex}')";

    /// <summary>Fresh planner statistics after a bulk load.</summary>
    public string AnalyzeSql => IsPostgreSql ? "ANALYZE;" : "PRAGMA analysis_limit=1000; ANALYZE;";

    /// <summary>
    /// After rows were inserted with ids chosen by the importer: PostgreSQL's identity sequence does
    /// not see them, so it is moved past the largest (SQLite picks max + 1 by itself). Empty on SQLite.
    /// </summary>
    public string SyncIdentitySql(string table) => IsPostgreSql
        ? $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), GREATEST((SELECT MAX(\"Id\") FROM \"{table}\"), 1));"
        : "";

    /// <summary>
    /// Prepares a statement run many times, on SQLite. PostgreSQL prepares repeated statements by
    /// itself (Npgsql's automatic preparation, on by default here: see <see cref="DatabaseLocation"/>),
    /// and an explicit prepare there would fix the parameter types from the first row, where a NULL has none.
    /// </summary>
    public void Prepare(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!IsPostgreSql)
        {
            command.Prepare();
        }
    }

    /// <summary>A command in the caller's transaction with <c>@name</c> parameters.</summary>
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            Add(command, name, value);
        }
        return command;
    }

    public static DbParameter Add(DbCommand command, string name, object? value = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>A date column read back on either engine (text in SQLite, date in PostgreSQL).</summary>
    public static DateOnly? ReadDate(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            var other => DateOnly.ParseExact(Convert.ToString(other, CultureInfo.InvariantCulture)!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Ids as a SQL list: integers only, so inlining them is safe, and both engines plan IN (…) with the index.</summary>
    public static string IdList(IEnumerable<long> ids) => string.Join(",", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
}
