using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Data.Tests.Import;

/// <summary>
/// The import lock lives in the database: two processes (here, two independently wired data layers
/// on one database) never import at once, and a crashed holder's lease lapses.
/// </summary>
public abstract class ImportLeaseTests(DatabaseProvider provider)
{
    [ProviderFact]
    public async Task Acquire_WhileAnotherProcessHoldsIt_WaitsUntilReleased()
    {
        await using var db = await TestDatabase.CreateAsync(new Fakes.FakeExtractor(), provider: provider);
        await using var other = db.NewInstance();
        var first = new DatabaseImportLock(db.Contexts, TimeProvider.System) { PollInterval = TimeSpan.FromMilliseconds(50) };
        var second = new DatabaseImportLock(other.GetRequiredService<IDbContextFactory<MetricsDbContext>>(), TimeProvider.System) { PollInterval = TimeSpan.FromMilliseconds(50) };

        var held = await first.AcquireAsync();
        var waiting = second.AcquireAsync();
        await Task.Delay(500);
        Assert.False(waiting.IsCompleted);
        Assert.True(await second.IsHeldAsync());

        await held.DisposeAsync();
        await using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(await first.IsHeldAsync());
    }

    [ProviderFact]
    public async Task Acquire_HolderCrashed_TakesOverOnceTheLeaseHasLapsed()
    {
        await using var db = await TestDatabase.CreateAsync(new Fakes.FakeExtractor(), provider: provider);
        await using (var context = db.Context())
        {
            // What a killed process leaves: a lease it will never renew, expired a moment ago (the
            // row itself exists since the database's initialisation, which takes the lease too).
            var expired = DateTime.UtcNow.AddSeconds(-1);
            var acquired = DateTime.UtcNow.AddMinutes(-3);
            Assert.Equal(1, await context.ImportLeases.Where(l => l.Name == DatabaseImportLock.LeaseName)
                .ExecuteUpdateAsync(u => u.SetProperty(l => l.Owner, "dead-host/4242/x").SetProperty(l => l.AcquiredAt, acquired).SetProperty(l => l.ExpiresAt, expired)));
        }
        var importLock = new DatabaseImportLock(db.Contexts, TimeProvider.System);
        Assert.False(await importLock.IsHeldAsync());

        await using var lease = await importLock.AcquireAsync().WaitAsync(TimeSpan.FromSeconds(10));

        await using var check = db.Context();
        Assert.StartsWith(Environment.MachineName + "/", (await check.ImportLeases.SingleAsync()).Owner, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task Held_LongerThanItsDuration_IsRenewedNotLost()
    {
        await using var db = await TestDatabase.CreateAsync(new Fakes.FakeExtractor(), provider: provider);
        var importLock = new DatabaseImportLock(db.Contexts, TimeProvider.System) { LeaseDuration = TimeSpan.FromSeconds(1.5) };

        await using var lease = await importLock.AcquireAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.True(await importLock.IsHeldAsync());
    }

    [ProviderFact]
    public async Task ImportPath_SameFolderByTwoProcessesAtOnce_StoresEveryFileOnce()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var folder = Path.Combine(db.Folder, "seeds");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(TestFiles.SeedsFolder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        await using var other = db.NewInstance();

        var reports = await Task.WhenAll(
            db.Importer.ImportPathAsync(folder, new ImportOptions()),
            other.GetRequiredService<IIndicatorImportService>().ImportPathAsync(folder, new ImportOptions()));

        await using var context = db.Context();
        Assert.Equal(TestFiles.Seeds.Count, await context.Documents.CountAsync());
        Assert.Equal(TestFiles.Seeds.Count, await context.Documents.Select(d => d.ContentHash).Distinct().CountAsync());
        // One run stored everything; the other found every file already there.
        Assert.Equal(TestFiles.Seeds.Count, reports.Sum(r => r.Imported));
        Assert.Equal(TestFiles.Seeds.Count, reports.Sum(r => r.Unchanged));
        Assert.Equal(reports.Sum(r => r.IndicatorsAdded), await context.Indicators.CountAsync());
    }
}

public sealed class ImportLeaseTestsOnSqlite() : ImportLeaseTests(DatabaseProvider.Sqlite);

public sealed class ImportLeaseTestsOnPostgres() : ImportLeaseTests(DatabaseProvider.PostgreSql), IPostgresTests;
