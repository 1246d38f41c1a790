using MetricsDashboard.Data.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

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
        var builder = new SqliteConnectionStringBuilder(DatabaseLocation.Resolve(Config(), Path.Combine(_root, "x.db")).ConnectionString);

        Assert.True(builder.ForeignKeys);
    }

    [Fact]
    public void Resolve_NpgsqlStringInEnvironment_SelectsPostgreSql()
    {
        Environment.SetEnvironmentVariable(DatabaseLocation.EnvironmentVariable, "Host=db.example;Port=5433;Database=metrics;Username=app");

        var target = DatabaseLocation.Resolve(Config(("Database:Path", Path.Combine(_root, "path.db"))), null);

        Assert.Equal(DatabaseProvider.PostgreSql, target.Provider);
        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        Assert.Equal(("db.example", 5433, "metrics", "app"), (builder.Host, builder.Port, builder.Database, builder.Username));
        Assert.False(Directory.Exists(_root));
    }

    [Fact]
    public void Resolve_NpgsqlStringAsCliOverride_SelectsPostgreSql()
    {
        var target = DatabaseLocation.Resolve(Config(("ConnectionStrings:Default", $"Data Source={Path.Combine(_root, "cs.db")}")), "Server=10.0.0.7;Database=md");

        Assert.Equal(DatabaseProvider.PostgreSql, target.Provider);
        Assert.Equal("10.0.0.7", new NpgsqlConnectionStringBuilder(target.ConnectionString).Host);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Database=md", DatabaseProvider.PostgreSql)]
    [InlineData("host=127.0.0.1;database=md;password=x", DatabaseProvider.PostgreSql)]
    [InlineData("Server=pg;Database=md", DatabaseProvider.PostgreSql)]
    [InlineData("postgres://app:secret@pg.example:6543/metrics", DatabaseProvider.PostgreSql)]
    [InlineData("postgresql://pg.example/metrics?sslmode=require", DatabaseProvider.PostgreSql)]
    [InlineData("dashboard.db", DatabaseProvider.Sqlite)]
    [InlineData("Data Source=dashboard.db", DatabaseProvider.Sqlite)]
    [InlineData("DataSource=dashboard.db;Pooling=False", DatabaseProvider.Sqlite)]
    [InlineData("Filename=dashboard.db", DatabaseProvider.Sqlite)]
    [InlineData("Data Source=:memory:", DatabaseProvider.Sqlite)]
    public void Classify_ChoosesTheProviderFromTheValue(string value, DatabaseProvider expected)
    {
        // A relative SQLite path resolves in the current directory, which exists: nothing is created.
        Assert.Equal(expected, DatabaseLocation.Classify(value).Provider);
    }

    [Fact]
    public void Classify_PostgresUrl_BecomesAnNpgsqlConnectionString()
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseLocation.Classify("postgres://app:p%40ss@pg.example:6543/metrics?sslmode=require").ConnectionString);

        Assert.Equal(("pg.example", 6543, "metrics", "app", "p@ss", SslMode.Require), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password, builder.SslMode));
    }

    [Fact]
    public void Classify_NpgsqlStringWithoutDatabase_NamesTheDashboardsOwn()
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseLocation.Classify("Host=127.0.0.1;Port=55432;Username=postgres").ConnectionString);

        Assert.Equal("metricsdashboard", builder.Database);
    }

    [Theory]
    [InlineData("Port=5432;Database=md")]
    [InlineData("Mode=ReadOnly")]
    public void Classify_ConnectionStringNamingNeither_IsRefusedWithAReason(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => DatabaseLocation.Classify(value));

        Assert.Contains("neither a PostgreSQL server", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_NeverShowsThePassword()
    {
        var target = DatabaseLocation.Classify("Host=pg;Database=md;Username=app;Password=hunter2");

        Assert.Equal("PostgreSQL pg:5432/md", target.Describe());
        Assert.DoesNotContain("hunter2", target.ToString(), StringComparison.Ordinal);
    }

    private static string DataSource(DatabaseTarget target)
    {
        Assert.Equal(DatabaseProvider.Sqlite, target.Provider);
        return new SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
