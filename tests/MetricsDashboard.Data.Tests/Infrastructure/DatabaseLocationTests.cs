using MetricsDashboard.Data.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace MetricsDashboard.Data.Tests.Infrastructure;

// The environment variable is process-wide: these tests must not run beside each other.
[Collection(nameof(EnvironmentCollection))]
public sealed class DatabaseLocationTests : IDisposable
{
    private readonly string? _saved = Environment.GetEnvironmentVariable(DatabaseLocation.EnvironmentVariable);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "md-location-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(DatabaseLocation.EnvironmentVariable, _saved);
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Resolve_CliOverride_WinsOverEverything()
    {
        Environment.SetEnvironmentVariable(DatabaseLocation.EnvironmentVariable, Path.Combine(_root, "env.db"));

        var source = DataSource(DatabaseLocation.Resolve(Config(("ConnectionStrings:Default", $"Data Source={Path.Combine(_root, "cs.db")}")), Path.Combine(_root, "cli.db")));

        Assert.Equal(Path.Combine(_root, "cli.db"), source);
    }

    [Fact]
    public void Resolve_EnvironmentVariable_WinsOverConfiguration()
    {
        Environment.SetEnvironmentVariable(DatabaseLocation.EnvironmentVariable, Path.Combine(_root, "env.db"));

        var source = DataSource(DatabaseLocation.Resolve(Config(("ConnectionStrings:Default", $"Data Source={Path.Combine(_root, "cs.db")}")), null));

        Assert.Equal(Path.Combine(_root, "env.db"), source);
    }

    [Fact]
    public void Resolve_ConnectionString_WinsOverDatabasePath()
    {
        Environment.SetEnvironmentVariable(DatabaseLocation.EnvironmentVariable, null);

        var source = DataSource(DatabaseLocation.Resolve(Config(("ConnectionStrings:Default", $"Data Source={Path.Combine(_root, "cs.db")}"), ("Database:Path", Path.Combine(_root, "path.db"))), null));

        Assert.Equal(Path.Combine(_root, "cs.db"), source);
    }

    [Fact]
    public void Resolve_DatabasePathOnly_UsesItAndCreatesTheFolder()
    {
        Environment.SetEnvironmentVariable(DatabaseLocation.EnvironmentVariable, null);
        var path = Path.Combine(_root, "nested", "path.db");

        var source = DataSource(DatabaseLocation.Resolve(Config(("Database:Path", path)), null));

        Assert.Equal(path, source);
        Assert.True(Directory.Exists(Path.Combine(_root, "nested")));
    }

    [Fact]
    public void Resolve_NothingSet_UsesAppDataUnderContentRoot()
    {
        Environment.SetEnvironmentVariable(DatabaseLocation.EnvironmentVariable, null);

        var source = DataSource(DatabaseLocation.Resolve(Config(("contentRoot", _root)), null));

        Assert.Equal(Path.Combine(_root, "App_Data", "metricsdashboard.db"), source);
        Assert.True(Directory.Exists(Path.Combine(_root, "App_Data")));
    }

    [Fact]
    public void Resolve_Always_TurnsForeignKeysOn()
    {
        var builder = new SqliteConnectionStringBuilder(DatabaseLocation.Resolve(Config(), Path.Combine(_root, "x.db")));

        Assert.True(builder.ForeignKeys);
    }

    private static string DataSource(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
