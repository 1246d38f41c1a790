using Npgsql;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// Serialises migrations of one PostgreSQL database across instances starting at once. EF Core's
/// own lock is a table lock held per migration transaction: with two pending migrations, a second
/// instance that read the history before the first committed applied the second one again (42701
/// "column already exists"). This holds a session advisory lock for the whole of the migrations,
/// taken in the maintenance database because the migrated one may not exist yet.
/// </summary>
internal sealed class PostgresMigrationLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private PostgresMigrationLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<PostgresMigrationLock> AcquireAsync(string connectionString, CancellationToken ct)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        // Unpooled: closing the connection must end the session, which releases the lock.
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(maintenance.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext(@name))", connection);
            command.Parameters.AddWithValue("name", "metricsdashboard-migrations:" + target.Database);
            await command.ExecuteNonQueryAsync(ct);
            return new PostgresMigrationLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
