using System.Security.Cryptography;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Sessions;

/// <summary>Admin sessions in the app's own database: every instance on that database sees a sign-out at once.</summary>
public sealed class EfAdminSessionStore(IDbContextFactory<MetricsDbContext> contextFactory, TimeProvider time) : IAdminSessionStore
{
    /// <inheritdoc />
    public async Task<string> CreateAsync(DateTime expiresAt, CancellationToken ct = default)
    {
        var id = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        // Sign-ins are rare: sweeping expired rows here keeps the table small without a background job.
        await db.AdminSessions.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(ct);
        db.AdminSessions.Add(new AdminSession { Id = id, CreatedAt = now, ExpiresAt = expiresAt });
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <inheritdoc />
    public async Task<bool> IsActiveAsync(string sessionId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.AdminSessions.AnyAsync(s => s.Id == sessionId && s.ExpiresAt > now, ct);
    }

    /// <inheritdoc />
    public async Task RevokeAsync(string sessionId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await db.AdminSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(ct);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
