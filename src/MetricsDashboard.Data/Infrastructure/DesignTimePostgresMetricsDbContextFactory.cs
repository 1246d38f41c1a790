using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context PostgresMetricsDbContext</c> build the PostgreSQL
/// context. Adding a migration needs no server; applying one uses METRICSDASHBOARD_DB when it names one.
/// </summary>
public sealed class DesignTimePostgresMetricsDbContextFactory : IDesignTimeDbContextFactory<PostgresMetricsDbContext>
{
    public PostgresMetricsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MetricsDbContext>();
        var target = DatabaseLocation.Resolve(null, null);
        if (!target.IsPostgreSql)
        {
            target = DatabaseLocation.Classify("Host=localhost;Database=metricsdashboard");
        }
        MetricsDbContextOptions.Configure(options, target);
        return new PostgresMetricsDbContext(options.Options);
    }
}
