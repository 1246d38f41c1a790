using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Tests.Shared;

namespace MetricsDashboard.Web.Tests.Support;

/// <summary>One app over a fresh SQLite database holding the seed articles (imported by the app's first start), shared by a test class.</summary>
public class SeededAppFixture : IDisposable
{
    public SeededAppFixture()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected SeededAppFixture(DatabaseProvider provider)
    {
        // Without a PostgreSQL server the tests using this fixture are skipped: nothing to start.
        if (provider == DatabaseProvider.PostgreSql && PostgresTestServer.Unavailable is not null)
        {
            return;
        }
        Factory = new DashboardAppFactory(provider);
        Client = Factory.CreateClient();
    }

    public DashboardAppFactory Factory { get; } = null!;

    public HttpClient Client { get; } = null!;

    public void Dispose()
    {
        Client?.Dispose();
        Factory?.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same on a fresh PostgreSQL database.</summary>
public sealed class PostgresSeededAppFixture() : SeededAppFixture(DatabaseProvider.PostgreSql);
