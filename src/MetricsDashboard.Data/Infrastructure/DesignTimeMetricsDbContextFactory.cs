using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without the web host registering anything for it.</summary>
public sealed class DesignTimeMetricsDbContextFactory : IDesignTimeDbContextFactory<MetricsDbContext>
{
    public MetricsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MetricsDbContext>();
        var target = DatabaseLocation.Resolve(null, null);
        // Migrations of the SQLite context are SQLite's, whatever METRICSDASHBOARD_DB names.
        if (target.IsPostgreSql)
        {
            target = DatabaseLocation.Classify(DatabaseLocation.DefaultFileName);
        }
        MetricsDbContextOptions.Configure(options, target);
        return new MetricsDbContext(options.Options);
    }
}
