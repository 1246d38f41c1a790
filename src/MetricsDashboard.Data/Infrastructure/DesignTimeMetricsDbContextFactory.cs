using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>Lets <c>dotnet ef</c> build the context without the web host registering anything for it.</summary>
public sealed class DesignTimeMetricsDbContextFactory : IDesignTimeDbContextFactory<MetricsDbContext>
{
    public MetricsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MetricsDbContext>();
        MetricsDbContextOptions.Configure(options, DatabaseLocation.Resolve(null, null));
        return new MetricsDbContext(options.Options);
    }
}
