using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Extraction;
using MetricsDashboard.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Data.Tests;

/// <summary>
/// A fresh database wired like the app, deleted on dispose: a SQLite file in its own temp folder, or
/// a PostgreSQL database of its own on the test server (<see cref="PostgresTestServer"/>). Files the
/// test writes go to the temp folder either way.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private readonly IIndicatorExtractor _extractor;

    private TestDatabase(string folder, IIndicatorExtractor extractor, DatabaseProvider provider)
    {
        _extractor = extractor;
        Folder = folder;
        Path = System.IO.Path.Combine(folder, "test.db");
        ConnectionString = provider == DatabaseProvider.PostgreSql ? PostgresTestServer.NewDatabase("data") : $"Data Source={Path};Pooling=False";
        Target = DatabaseLocation.Classify(ConnectionString);
        _provider = NewInstance();
    }

    /// <summary>The data layer wired anew over the same database, as another process would be (dispose it); with the web app's query cache when asked.</summary>
    public ServiceProvider NewInstance(bool queryCache = false)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseLocation.ConnectionStringKey] = ConnectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(_extractor);
        services.AddMetricsDashboardData(configuration);
        services.ThrowOnQueryWarnings();
        if (queryCache)
        {
            services.AddQueryResultCache();
        }
        return services.BuildServiceProvider();
    }

    public string Folder { get; }

    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>Provider and connection string, as the app resolves them.</summary>
    public DatabaseTarget Target { get; }

    public IDbContextFactory<MetricsDbContext> Contexts => _provider.GetRequiredService<IDbContextFactory<MetricsDbContext>>();

    public IIndicatorImportService Importer => _provider.GetRequiredService<IIndicatorImportService>();

    public IIndicatorQueryService Queries => _provider.GetRequiredService<IIndicatorQueryService>();

    public Data.Queries.Facts.IFactQueryService Facts => _provider.GetRequiredService<Data.Queries.Facts.IFactQueryService>();

    public IServiceProvider Services => _provider;

    public DatabaseInitializer Initializer => _provider.GetRequiredService<DatabaseInitializer>();

    /// <summary>A migrated, seeded database using <paramref name="extractor"/> (the real one by default).</summary>
    public static async Task<TestDatabase> CreateAsync(IIndicatorExtractor? extractor = null, bool initialize = true, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "md-data-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var db = new TestDatabase(folder, extractor ?? new IndicatorExtractor(), provider);
        if (initialize)
        {
            await db.Initializer.InitializeAsync();
        }
        return db;
    }

    public MetricsDbContext Context() => Contexts.CreateDbContext();

    /// <summary>Writes a file into the database's folder (under <paramref name="subfolder"/>) and returns its path.</summary>
    public string WriteFile(string subfolder, string name, byte[] content)
    {
        var dir = System.IO.Path.Combine(Folder, subfolder);
        Directory.CreateDirectory(dir);
        var path = System.IO.Path.Combine(dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string WriteFile(string subfolder, string name, string content) => WriteFile(subfolder, name, System.Text.Encoding.UTF8.GetBytes(content));

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Target.IsPostgreSql)
        {
            await PostgresTestServer.DropAsync(ConnectionString);
        }
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed with a connection open; the OS temp cleaner takes it.
        }
    }
}
