using System.Net;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Tests.Shared;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Web.Tests.Endpoints;

/// <summary>Two web instances starting at the same moment on one new database: both come up, the seeds land once.</summary>
public abstract class TwoInstancesTests(DatabaseProvider provider)
{
    [ProviderFact]
    public async Task Start_TwoInstancesAtOnceOnAnEmptyDatabase_BothHealthyAndSeedsStoredOnce()
    {
        using var first = new DashboardAppFactory(provider);
        using var second = new DashboardAppFactory(first);

        // Each host migrates, seeds the reference tables and imports the seeds as it starts.
        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.CreateClient().GetAsync("/healthz")).StatusCode);
        Assert.Equal(await first.CreateClient().GetStringAsync("/api/measures"), await second.CreateClient().GetStringAsync("/api/measures"));
        await using var db = await first.Services.GetRequiredService<IDbContextFactory<MetricsDbContext>>().CreateDbContextAsync();
        Assert.Equal(5, await db.Documents.CountAsync());
        Assert.Equal(5, await db.ImportFileResults.CountAsync(f => f.Status == "imported"));
    }
}

public sealed class TwoInstancesTestsOnSqlite() : TwoInstancesTests(DatabaseProvider.Sqlite);

public sealed class TwoInstancesTestsOnPostgres() : TwoInstancesTests(DatabaseProvider.PostgreSql), IPostgresTests;
