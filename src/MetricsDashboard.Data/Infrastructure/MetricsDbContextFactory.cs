using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// Makes each context of the class that matches the database's provider, so that migrations,
/// model and SQL dialect agree (registered by <c>AddMetricsDashboardData</c>).
/// </summary>
public sealed class MetricsDbContextFactory(DbContextOptions<MetricsDbContext> options, DatabaseTarget target) : IDbContextFactory<MetricsDbContext>
{
    public MetricsDbContext CreateDbContext() => MetricsDbContextOptions.CreateContext(options, target.Provider);
}
