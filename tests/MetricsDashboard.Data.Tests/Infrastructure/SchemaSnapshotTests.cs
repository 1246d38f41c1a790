using MetricsDashboard.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Tests.Infrastructure;

/// <summary>
/// The model matches each provider's migrations: a model change without its migration fails here.
/// Migrating at start-up no longer checks it (<see cref="MetricsDbContextOptions"/> ignores EF's
/// pending-model-changes warning, which cost a second of every start), so this is the one check.
/// No server is needed: the comparison reads the model and the migrations' snapshot only.
/// </summary>
public sealed class SchemaSnapshotTests
{
    [Theory]
    [InlineData("Data Source=unused.db")]
    [InlineData("Host=127.0.0.1;Port=1;Database=unused")]
    public void Model_HasNoChangesBeyondTheProvidersMigrations(string connectionString)
    {
        var target = DatabaseLocation.Classify(connectionString);
        var options = MetricsDbContextOptions.Configure(new DbContextOptionsBuilder<MetricsDbContext>(), target).Options;
        using var context = MetricsDbContextOptions.CreateContext((DbContextOptions<MetricsDbContext>)options, target.Provider);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), $"{target.Provider}: the model has changes without a migration");
    }
}
