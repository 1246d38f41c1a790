namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// Which database to open: the engine and a connection string in that engine's own syntax. Made
/// only by <see cref="DatabaseLocation"/>, so the engine always follows from what was named.
/// </summary>
/// <param name="Provider">SQLite or PostgreSQL.</param>
/// <param name="ConnectionString">A Microsoft.Data.Sqlite or an Npgsql connection string.</param>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    /// <summary>What a log line or /healthz may show: the engine and where, never a password.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.PostgreSql => DescribePostgreSql(ConnectionString),
        _ => "SQLite " + new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource,
    };

    public override string ToString() => Describe();

    private static string DescribePostgreSql(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }
}
