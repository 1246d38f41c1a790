using MetricsDashboard.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricsDashboard.Data.Import;

/// <summary>
/// <see cref="IImportLock"/> as a lease row in the database (table ImportLeases): taken by one
/// conditional UPDATE (free or expired → mine), which both engines run atomically, renewed by a
/// heartbeat while held, released on dispose. A holder that crashes stops renewing; its lease
/// lapses after <see cref="LeaseDuration"/> and the next importer takes it over, so nobody waits
/// forever. Waiters poll; an import takes seconds to minutes, so a poll a second costs nothing.
/// </summary>
public sealed class DatabaseImportLock(
    IDbContextFactory<MetricsDbContext> contextFactory,
    TimeProvider time,
    ILogger<DatabaseImportLock>? logger = null) : IImportLock
{
    /// <summary>The lease row's name.</summary>
    public const string LeaseName = "import";

    private readonly ILogger _logger = logger ?? NullLogger<DatabaseImportLock>.Instance;
    private readonly TimeProvider _time = time;

    /// <summary>How long a lease lasts without renewal: the longest a crashed holder blocks others.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a waiter tries again.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken ct = default)
    {
        var owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        await EnsureRowAsync(ct);
        var waited = false;
        while (!await TryTakeAsync(owner, ct))
        {
            if (!waited)
            {
                _logger.LogInformation("Another import holds the import lease; waiting");
                waited = true;
            }
            await Task.Delay(PollInterval, _time, ct);
        }
        return new Lease(this, owner);
    }

    public async Task<bool> IsHeldAsync(CancellationToken ct = default)
    {
        var now = Now();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.ImportLeases.AnyAsync(l => l.Name == LeaseName && l.Owner != "" && l.ExpiresAt > now, ct);
    }

    // The row exists once per database; processes starting together may all try to create it:
    // ON CONFLICT DO NOTHING (both engines) lets the first win without an error for the others.
    private async Task EnsureRowAsync(CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"ImportLeases\" (\"Name\", \"Owner\", \"AcquiredAt\", \"ExpiresAt\") VALUES ({0}, '', {1}, {1}) ON CONFLICT (\"Name\") DO NOTHING",
            [LeaseName, DateTime.UnixEpoch], ct);
    }

    private async Task<bool> TryTakeAsync(string owner, CancellationToken ct)
    {
        var now = Now();
        var expires = now + LeaseDuration;
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var taken = await db.ImportLeases
            .Where(l => l.Name == LeaseName && (l.Owner == "" || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, owner).SetProperty(l => l.AcquiredAt, now).SetProperty(l => l.ExpiresAt, expires), ct);
        return taken == 1;
    }

    private async Task<bool> RenewAsync(string owner, CancellationToken ct)
    {
        var expires = Now() + LeaseDuration;
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.ImportLeases
            .Where(l => l.Name == LeaseName && l.Owner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, expires), ct) == 1;
    }

    private async Task ReleaseAsync(string owner)
    {
        await using var db = await contextFactory.CreateDbContextAsync(CancellationToken.None);
        await db.ImportLeases
            .Where(l => l.Name == LeaseName && l.Owner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, "").SetProperty(l => l.ExpiresAt, DateTime.UnixEpoch), CancellationToken.None);
    }

    private DateTime Now() => _time.GetUtcNow().UtcDateTime;

    // Renews at a third of the lease's duration until disposed, then releases.
    private sealed class Lease : IAsyncDisposable
    {
        private readonly DatabaseImportLock _lock;
        private readonly string _owner;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _heartbeat;

        public Lease(DatabaseImportLock importLock, string owner)
        {
            (_lock, _owner) = (importLock, owner);
            _heartbeat = HeartbeatAsync(_stop.Token);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            try
            {
                await _heartbeat;
            }
            catch (OperationCanceledException)
            {
                // Stopped, as asked.
            }
            await _lock.ReleaseAsync(_owner);
            _stop.Dispose();
        }

        private async Task HeartbeatAsync(CancellationToken ct)
        {
            using var timer = new PeriodicTimer(_lock.LeaseDuration / 3, _lock._time);
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    if (!await _lock.RenewAsync(_owner, ct))
                    {
                        _lock._logger.LogWarning("The import lease was taken over (renewal came too late); this import continues, file by file in its own transactions");
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    _lock._logger.LogWarning(e, "Renewing the import lease failed; retrying");
                }
            }
        }
    }
}
