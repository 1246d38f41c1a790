using Microsoft.Data.Sqlite;

namespace MetricsDashboard.Data.Queries.Caching;

/// <summary>
/// SQLite's <c>PRAGMA data_version</c> on one connection kept open for the purpose: its value
/// changes whenever any other connection — in this process or another — commits a change. The
/// connection only ever reads, so every commit to the file is another's. Shared-cache and in-memory
/// databases are out: their connections share one pager and do not see each other as "other".
/// </summary>
public sealed class SqliteDataVersionSource(string connectionString) : IDataVersionSource, IDisposable
{
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private bool _disposed;

    /// <summary>Whether a SQLite connection string names a file whose commits the pragma reports.</summary>
    public static bool Supports(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.DataSource is { Length: > 0 } source && source != ":memory:"
            && builder.Mode != SqliteOpenMode.Memory && builder.Cache != SqliteCacheMode.Shared;
    }

    /// <inheritdoc />
    public ValueTask<string?> CurrentAsync(CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return ValueTask.FromResult<string?>(null);
            }
            try
            {
                _connection ??= Open();
                using var command = _connection.CreateCommand();
                command.CommandText = "PRAGMA data_version";
                return ValueTask.FromResult<string?>(Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (SqliteException)
            {
                // The file is gone or locked for longer than the timeout: nothing is cached until it
                // answers again, on a new connection (the old one may point at a deleted file).
                _connection?.Dispose();
                _connection = null;
                return ValueTask.FromResult<string?>(null);
            }
        }
    }

    private SqliteConnection Open()
    {
        // Read-only: this connection must never write, or its own commits would go unnoticed.
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _connection?.Dispose();
            _connection = null;
        }
    }
}
