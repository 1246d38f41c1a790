using Npgsql;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// Whole PostgreSQL databases, through the server's maintenance database: whether one exists, and
/// dropping a throwaway one (benchmarks, tests). Creating is left to migrations (EF Core creates a
/// missing database before migrating it).
/// </summary>
public static class PostgresDatabases
{
    public static async Task<bool> ExistsAsync(string connectionString, CancellationToken ct = default)
    {
        var (maintenance, name) = Split(connectionString);
        await using var connection = new NpgsqlConnection(maintenance);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    /// <summary>Drops the database the connection string names, closing its other connections first.</summary>
    public static async Task DropAsync(string connectionString, CancellationToken ct = default)
    {
        var (maintenance, name) = Split(connectionString);
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(maintenance);
        await connection.OpenAsync(ct);
        // An identifier cannot be a parameter: quoted, with quotes doubled.
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static (string Maintenance, string Name) Split(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database ?? throw new ArgumentException("The PostgreSQL connection string names no database.", nameof(connectionString));
        builder.Database = "postgres";
        builder.Pooling = false;
        return (builder.ConnectionString, name);
    }
}
