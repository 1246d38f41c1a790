using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// The one place that decides which SQLite database the web app, the CLI and the design-time
/// tools open.
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
    /// A value containing <c>=</c> is taken as a connection string, anything else as a file path
    /// (relative paths resolve against the current directory). The folder of the file is created.
    /// Pooling stays on unless the connection string says otherwise: pooled connections keep
    /// SQLite's page cache warm across the context-per-operation pattern.
    /// </summary>
    public static string Resolve(IConfiguration? config, string? cliOverride)
    {
        var value = FirstSet(
            cliOverride,
            Environment.GetEnvironmentVariable(EnvironmentVariable),
            config?[ConnectionStringKey],
            config?[PathKey]);
        value ??= Path.Combine(config?["contentRoot"] ?? AppContext.BaseDirectory, DataFolderName, DefaultFileName);
        return ToConnectionString(value);
    }

    /// <summary>Turns a path or a connection string into a connection string, creating the database's folder.</summary>
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

    private static string? FirstSet(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
