using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// The one place that decides which database — SQLite or PostgreSQL, and where — the web app, the
/// CLI and the design-time tools open. The engine follows from what was named: an Npgsql
/// connection string (<c>Host=…;Database=…</c>) or a <c>postgres://</c> URL selects PostgreSQL; a
/// file path or a <c>Data Source=…</c> string selects SQLite.
/// </summary>
public static class DatabaseLocation
{
    /// <summary>Environment variable holding a database path (or a full connection string).</summary>
    public const string EnvironmentVariable = "METRICSDASHBOARD_DB";

    /// <summary>Configuration key of a full connection string.</summary>
    public const string ConnectionStringKey = "ConnectionStrings:Default";

    /// <summary>Configuration key of a database file path.</summary>
    public const string PathKey = "Database:Path";

    /// <summary>Folder, under the application's content root, that holds the default database.</summary>
    public const string DataFolderName = "App_Data";

    /// <summary>File name of the default database.</summary>
    public const string DefaultFileName = "metricsdashboard.db";

    /// <summary>
    /// Resolves the connection string. Precedence, first that is set wins:
    /// <list type="number">
    /// <item><paramref name="cliOverride"/> (the CLI's <c>--db &lt;path&gt;</c>);</item>
    /// <item>the environment variable <c>METRICSDASHBOARD_DB</c>;</item>
    /// <item>configuration <c>ConnectionStrings:Default</c>, then <c>Database:Path</c>;</item>
    /// <item><c>&lt;content root&gt;/App_Data/metricsdashboard.db</c>, where the content root is the
    /// configuration's <c>contentRoot</c> (set by ASP.NET Core hosting: the web project folder under
    /// <c>dotnet run</c>, the publish folder in production) or else
    /// <see cref="AppContext.BaseDirectory"/> (the CLI's folder).</item>
    /// </list>
    /// The value is then classified by <see cref="Classify"/>.
    /// </summary>
    public static DatabaseTarget Resolve(IConfiguration? config, string? cliOverride)
    {
        var value = FirstSet(
            cliOverride,
            Environment.GetEnvironmentVariable(EnvironmentVariable),
            config?[ConnectionStringKey],
            config?[PathKey]);
        value ??= Path.Combine(config?["contentRoot"] ?? AppContext.BaseDirectory, DataFolderName, DefaultFileName);
        return Classify(value);
    }

    /// <summary>
    /// Decides the engine from one value:
    /// <list type="bullet">
    /// <item><c>postgres://user:password@host:port/database?sslmode=require</c> (or <c>postgresql://</c>): PostgreSQL;</item>
    /// <item>a connection string (it contains <c>=</c>) with <c>Host</c> or <c>Server</c>: PostgreSQL (Npgsql syntax);</item>
    /// <item>a connection string with <c>Data Source</c> or <c>Filename</c>: SQLite;</item>
    /// <item>anything else without <c>=</c>: a SQLite file path (relative to the current directory).</item>
    /// </list>
    /// A connection string naming neither is refused with an <see cref="ArgumentException"/> that
    /// says so, rather than guessed.
    /// </summary>
    public static DatabaseTarget Classify(string pathOrConnectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrConnectionString);
        var value = pathOrConnectionString.Trim();
        if (PostgresUrl.IsUrl(value))
        {
            return new DatabaseTarget(DatabaseProvider.PostgreSql, PostgresUrl.ToConnectionString(value));
        }
        if (!value.Contains('=', StringComparison.Ordinal))
        {
            return new DatabaseTarget(DatabaseProvider.Sqlite, ToConnectionString(value));
        }
        var keys = Keys(value);
        if (keys.Contains("host") || keys.Contains("server"))
        {
            return new DatabaseTarget(DatabaseProvider.PostgreSql, ToPostgresConnectionString(value));
        }
        if (keys.Contains("data source") || keys.Contains("datasource") || keys.Contains("filename"))
        {
            return new DatabaseTarget(DatabaseProvider.Sqlite, ToConnectionString(value));
        }
        throw new ArgumentException(
            "The database connection string names neither a PostgreSQL server (Host=…;Database=…) nor a SQLite file (Data Source=…).",
            nameof(pathOrConnectionString));
    }

    /// <summary>Turns a SQLite path or <c>Data Source=</c> string into a SQLite connection string, creating the database's folder.</summary>
    public static string ToConnectionString(string pathOrConnectionString)
    {
        var builder = pathOrConnectionString.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(pathOrConnectionString)
            : new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(pathOrConnectionString) };
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(source));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        builder.ForeignKeys = true;
        // Imports hold the write lock for one file at a time; readers wait rather than fail.
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }
        return builder.ToString();
    }

    // The database is named "metricsdashboard" when the string names none (the server's default
    // database is the administrator's).
    private static string ToPostgresConnectionString(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Database))
        {
            builder.Database = "metricsdashboard";
        }
        // The importer and the rollups run the same statements thousands of times: let Npgsql
        // prepare the most frequent ones on each connection.
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
        }
        return builder.ConnectionString;
    }

    private static HashSet<string> Keys(string connectionString)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
            return builder.Keys.Cast<string>().Select(k => k.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The database connection string cannot be read: {e.Message}", nameof(connectionString), e);
        }
    }

    private static string? FirstSet(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
