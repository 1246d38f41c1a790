using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Sessions;

/// <summary>
/// <see cref="ILoginFailureStore"/> over the LoginFailures table. A failure is one UPDATE that
/// either adds to the window or starts a new one (the database decides, so two instances counting
/// at once lose nothing); the row is inserted on the key's first failure.
/// </summary>
public sealed class EfLoginFailureStore(IDbContextFactory<MetricsDbContext> contextFactory) : ILoginFailureStore
{
    public async Task<(int Count, DateTime Since)?> GetAsync(string key, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var row = await db.LoginFailures.Where(f => f.Key == key).Select(f => new { f.Count, f.Since }).FirstOrDefaultAsync(ct);
        return row is null ? null : (row.Count, DateTime.SpecifyKind(row.Since, DateTimeKind.Utc));
    }

    public async Task RecordAsync(string key, DateTime now, DateTime windowStart, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        for (var attempt = 0; ; attempt++)
        {
            var updated = await db.LoginFailures
                .Where(f => f.Key == key)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(f => f.Count, f => f.Since <= windowStart ? 1 : f.Count + 1)
                    .SetProperty(f => f.Since, f => f.Since <= windowStart ? now : f.Since), ct);
            if (updated > 0)
            {
                return;
            }
            db.LoginFailures.Add(new LoginFailure { Key = key, Count = 1, Since = now });
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another instance inserted the key's row first: count on it.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task ResetAsync(string key, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await db.LoginFailures.Where(f => f.Key == key).ExecuteDeleteAsync(ct);
    }

    public async Task SweepAsync(DateTime windowStart, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await db.LoginFailures.Where(f => f.Since <= windowStart).ExecuteDeleteAsync(ct);
    }
}
