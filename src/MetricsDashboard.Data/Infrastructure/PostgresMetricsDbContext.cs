using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// The same model on PostgreSQL. A class of its own only because EF Core finds migrations by the
/// context's type: the SQLite migrations stay with <see cref="MetricsDbContext"/> (existing files
/// upgrade as before), PostgreSQL's live in Infrastructure/PostgresMigrations with their own snapshot.
/// </summary>
public sealed class PostgresMetricsDbContext(DbContextOptions<MetricsDbContext> options) : MetricsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        // timestamptz only takes UTC; the app's DateTimes are UTC, but one read back from SQLite or
        // built by hand may be Unspecified: say it is UTC rather than fail the write.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        // The rollups' sums as exact decimals, added as such (SqlDialect.Sum): the same totals as
        // SQLite's compensated SUM, where float8 addition would drift in the last digits.
        foreach (var property in modelBuilder.Model.GetEntityTypes()
            .Where(t => t.ClrType.Name.EndsWith("Rollup", StringComparison.Ordinal) || t.ClrType.Name.EndsWith("Total", StringComparison.Ordinal))
            .Select(t => t.FindProperty("Sum"))
            .OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableProperty>())
        {
            property.SetColumnType("numeric");
            property.SetValueConverter(new ValueConverter<double, decimal>(v => (decimal)v, v => (double)v));
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
