using MetricsDashboard.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// /healthz is healthy only when the database answers and has every migration this build knows;
/// it reports the provider either way (never the connection string), so a load balancer and an
/// operator see which database an instance uses and why it is out of rotation.
/// </summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<MetricsDbContext> contextFactory, DatabaseTarget target) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["provider"] = target.IsPostgreSql ? "PostgreSQL" : "SQLite",
            ["reachable"] = false,
            ["migrationsApplied"] = false,
        };
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database cannot be opened.", data: data);
            }
            data["reachable"] = true;
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            data["migrationsApplied"] = pending.Count == 0;
            data["pendingMigrations"] = pending;
            return pending.Count == 0
                ? HealthCheckResult.Healthy(data: data)
                : HealthCheckResult.Unhealthy($"{pending.Count} migrations not applied yet.", data: data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be opened.", ex, data);
        }
    }
}
