using MetricsDashboard.Data;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Sessions;
using MetricsDashboard.Tests.Shared;
using MetricsDashboard.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Web.Tests.Hosting;

/// <summary>The sign-in throttle's rules, with its counts in a real database (SQLite and PostgreSQL).</summary>
public abstract class LoginThrottleTests(DatabaseProvider provider) : IAsyncLifetime
{
    private string _connectionString = "";
    private string? _folder;
    private ServiceProvider _services = null!;
    private ServiceProvider? _secondInstance;

    public async Task InitializeAsync()
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            if (PostgresTestServer.Unavailable is not null)
            {
                return;
            }
            _connectionString = PostgresTestServer.NewDatabase("throttle");
        }
        else
        {
            _folder = Path.Combine(Path.GetTempPath(), "md-throttle-" + Guid.NewGuid().ToString("N"));
            _connectionString = $"Data Source={Path.Combine(_folder, "t.db")};Pooling=False";
        }
        _services = Instance();
        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_secondInstance is not null)
        {
            await _secondInstance.DisposeAsync();
        }
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        if (provider == DatabaseProvider.PostgreSql && _connectionString.Length > 0)
        {
            await PostgresTestServer.DropAsync(_connectionString);
        }
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    // The data layer over the test database, wired as one web instance would be.
    private ServiceProvider Instance()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseLocation.ConnectionStringKey] = _connectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddMetricsDashboardData(configuration);
        return services.BuildServiceProvider();
    }

    private LoginThrottle NewThrottle() => new(_services.GetRequiredService<ILoginFailureStore>(), _time);

    /// <summary>A throttle of a second web instance on the same database.</summary>
    private LoginThrottle SecondInstanceThrottle()
    {
        _secondInstance ??= Instance();
        return new(_secondInstance.GetRequiredService<ILoginFailureStore>(), _time);
    }

    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly ManualTime _time = new();

    [ProviderFact]
    public async Task RecordFailure_FewerThanTheLimit_DoesNotLockOut()
    {
        var throttle = NewThrottle();

        for (var i = 0; i < LoginThrottle.MaxFailures - 1; i++)
        {
            await throttle.RecordFailureAsync("10.0.0.1");
        }

        Assert.False(await throttle.IsLockedOutAsync("10.0.0.1"));
    }

    [ProviderFact]
    public async Task RecordFailure_TheLimit_LocksOutThatClientOnlyUntilTheWindowPasses()
    {
        var throttle = NewThrottle();

        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            await throttle.RecordFailureAsync("10.0.0.1");
        }

        Assert.True(await throttle.IsLockedOutAsync("10.0.0.1"));
        Assert.False(await throttle.IsLockedOutAsync("10.0.0.2"));
        _time.Now += LoginThrottle.Window;
        Assert.False(await throttle.IsLockedOutAsync("10.0.0.1"));
    }

    [ProviderFact]
    public async Task Reset_AfterFailures_ClearsThem()
    {
        var throttle = NewThrottle();
        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            await throttle.RecordFailureAsync("10.0.0.1");
        }

        await throttle.ResetAsync("10.0.0.1");

        Assert.False(await throttle.IsLockedOutAsync("10.0.0.1"));
    }

    [ProviderFact]
    public async Task AccountDelay_FailuresFromManyAddresses_GrowsButIsCapped()
    {
        var throttle = NewThrottle();
        var delays = new List<TimeSpan>();

        for (var i = 0; i < 20; i++)
        {
            delays.Add(await throttle.AccountDelayAsync());
            await throttle.RecordFailureAsync($"10.0.1.{i}");
        }

        Assert.Equal(TimeSpan.Zero, delays[LoginThrottle.FreeAccountFailures]);
        Assert.Equal(TimeSpan.FromSeconds(1), delays[LoginThrottle.FreeAccountFailures + 1]);
        Assert.Equal(TimeSpan.FromSeconds(2), delays[LoginThrottle.FreeAccountFailures + 2]);
        Assert.Equal(LoginThrottle.MaxAccountDelay, await throttle.AccountDelayAsync());
        // A guesser spread over many addresses never locks out the administrator's own address.
        Assert.False(await throttle.IsLockedOutAsync("192.0.2.7"));
    }

    [ProviderFact]
    public async Task AccountDelay_AfterASuccessOrTheWindow_IsZeroAgain()
    {
        var throttle = NewThrottle();
        for (var i = 0; i < 10; i++)
        {
            await throttle.RecordFailureAsync("10.0.0.9");
        }
        Assert.True(await throttle.AccountDelayAsync() > TimeSpan.Zero);

        _time.Now += LoginThrottle.Window;
        Assert.Equal(TimeSpan.Zero, await throttle.AccountDelayAsync());

        await throttle.RecordFailureAsync("10.0.0.9");
        await throttle.RecordFailureAsync("10.0.0.9");
        await throttle.RecordFailureAsync("10.0.0.9");
        await throttle.RecordFailureAsync("10.0.0.9");
        await throttle.ResetAsync("192.0.2.7");
        Assert.Equal(TimeSpan.Zero, await throttle.AccountDelayAsync());
    }

    [ProviderFact]
    public async Task RecordFailure_SpreadOverTwoInstances_LocksOutOnBoth()
    {
        var first = NewThrottle();
        var second = SecondInstanceThrottle();

        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            await (i % 2 == 0 ? first : second).RecordFailureAsync("10.0.0.1");
        }

        Assert.True(await first.IsLockedOutAsync("10.0.0.1"));
        Assert.True(await second.IsLockedOutAsync("10.0.0.1"));
        // Five failures of the account from two instances: the fifth doubles the one-second wait.
        Assert.Equal(TimeSpan.FromSeconds(2), await second.AccountDelayAsync());
        await first.ResetAsync("10.0.0.1");
        Assert.False(await second.IsLockedOutAsync("10.0.0.1"));
    }

    [ProviderFact]
    public async Task RecordFailure_ManyAtOnceFromTwoInstances_CountsEveryOne()
    {
        var first = NewThrottle();
        var second = SecondInstanceThrottle();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? first : second).RecordFailureAsync("10.0.0.5")));

        var failures = await _services.GetRequiredService<ILoginFailureStore>().GetAsync("client:10.0.0.5");
        Assert.Equal(8, failures?.Count);
    }
}

public sealed class LoginThrottleTestsOnSqlite() : LoginThrottleTests(DatabaseProvider.Sqlite);

public sealed class LoginThrottleTestsOnPostgres() : LoginThrottleTests(DatabaseProvider.PostgreSql), IPostgresTests;
