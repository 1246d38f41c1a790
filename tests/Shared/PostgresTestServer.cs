using MetricsDashboard.Data.Infrastructure;
using Npgsql;

namespace MetricsDashboard.Tests.Shared;

/// <summary>
/// The PostgreSQL server the tests may use, named by <c>METRICSDASHBOARD_TEST_PG</c> (an Npgsql
/// connection string without a database, e.g. <c>Host=127.0.0.1;Port=55432;Username=postgres</c>;
/// <c>bash .ci/run</c> starts one and sets it). Each test database is a fresh one with a unique name,
/// dropped by its owner.
/// </summary>
public static class PostgresTestServer
{
    public const string EnvironmentVariable = "METRICSDASHBOARD_TEST_PG";

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    /// <summary>True in CI (<c>CI=true</c>): a missing server is then a failure, never a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a PostgreSQL test cannot run here, or null when it can.</summary>
    public static string? Unavailable => ServerConnectionString is null
        ? $"PostgreSQL tests need {EnvironmentVariable} (e.g. Host=127.0.0.1;Port=55432;Username=postgres); bash .ci/run starts a server and sets it"
        : null;

    /// <summary>A connection string to a database name nobody else uses (created by the first migration, dropped by <see cref="DropAsync"/>).</summary>
    public static string NewDatabase(string purpose)
    {
        var server = ServerConnectionString ?? throw new InvalidOperationException(Unavailable);
        var builder = new NpgsqlConnectionStringBuilder(server)
        {
            // Lower case (PostgreSQL folds unquoted names) and under its 63-character limit.
            Database = $"md_test_{purpose}_{Guid.NewGuid():N}".ToLowerInvariant(),
        };
        return builder.ConnectionString;
    }

    public static Task DropAsync(string connectionString) => PostgresDatabases.DropAsync(connectionString);
}
