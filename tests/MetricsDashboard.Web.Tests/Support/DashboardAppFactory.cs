using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MetricsDashboard.Web.Tests.Support;

/// <summary>
/// Hosts the real app in memory on a fresh database of its own — a SQLite file, or a PostgreSQL
/// database on the test server (<see cref="PostgresTestServer"/>) — deleted when the factory is
/// disposed, so no test sees another's data. Two factories given the same
/// <see cref="ConnectionString"/> are two instances of the app on one database.
/// </summary>
public sealed class DashboardAppFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "md-web-tests", Guid.NewGuid().ToString("N"));
    private readonly bool _ownsDatabase;

    public DashboardAppFactory()
        : this(DatabaseProvider.Sqlite)
    {
    }

    public DashboardAppFactory(DatabaseProvider provider)
    {
        Directory.CreateDirectory(_directory);
        Provider = provider;
        ConnectionString = provider == DatabaseProvider.PostgreSql ? PostgresTestServer.NewDatabase("web") : $"Data Source={DatabasePath};Pooling=False";
        _ownsDatabase = true;
    }

    /// <summary>A second instance of the app on <paramref name="first"/>'s database (which <paramref name="first"/> deletes).</summary>
    public DashboardAppFactory(DashboardAppFactory first)
    {
        ArgumentNullException.ThrowIfNull(first);
        Directory.CreateDirectory(_directory);
        Provider = first.Provider;
        ConnectionString = first.ConnectionString;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string DatabasePath => Path.Combine(_directory, "dashboard.db");

    /// <summary>Settings a test wants on top of the defaults (set before the first request).</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        // Every test client is one address: a production-sized request budget would make test order matter.
        builder.UseSetting("RateLimiting:Api:PermitLimit", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.ThrowOnQueryWarnings());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            if (_ownsDatabase && Provider == DatabaseProvider.PostgreSql)
            {
                PostgresTestServer.DropAsync(ConnectionString).GetAwaiter().GetResult();
            }
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a finalising connection: the temp folder is cleaned by the OS.
            }
        }
    }
}
