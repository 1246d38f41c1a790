using MetricsDashboard.Data.Infrastructure.Conversions;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Extraction.Model;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>The dashboard's database (SQLite or PostgreSQL): documents, articles, indicators, reference tables and import history.</summary>
public class MetricsDbContext(DbContextOptions<MetricsDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<StoredDocument> Documents => Set<StoredDocument>();

    public DbSet<StoredArticle> Articles => Set<StoredArticle>();

    public DbSet<StoredIndicator> Indicators => Set<StoredIndicator>();

    public DbSet<Fact> Facts => Set<Fact>();

    public DbSet<FactDistrictRollup> FactDistrictRollups => Set<FactDistrictRollup>();

    public DbSet<FactPeriodRollup> FactPeriodRollups => Set<FactPeriodRollup>();

    public DbSet<IndicatorRollup> IndicatorRollups => Set<IndicatorRollup>();

    public DbSet<IndicatorMonthTotal> IndicatorMonthTotals => Set<IndicatorMonthTotal>();

    public DbSet<IndicatorYearRollup> IndicatorYearRollups => Set<IndicatorYearRollup>();

    public DbSet<IndicatorDistrictTotal> IndicatorDistrictTotals => Set<IndicatorDistrictTotal>();

    public DbSet<Area> Areas => Set<Area>();

    public DbSet<Sector> Sectors => Set<Sector>();

    public DbSet<MetricCategory> MetricCategories => Set<MetricCategory>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<ImportFileResult> ImportFileResults => Set<ImportFileResult>();

    public DbSet<AdminSession> AdminSessions => Set<AdminSession>();

    /// <summary>Where a lapsed import lease is taken over and a live one is renewed (several instances).</summary>
    public DbSet<ImportLease> ImportLeases => Set<ImportLease>();

    /// <summary>The sign-in throttle's counts, shared by every web instance.</summary>
    public DbSet<LoginFailure> LoginFailures => Set<LoginFailure>();

    /// <summary>ASP.NET Core data-protection keys: a cookie issued by one instance is read by another.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Every property of a contract enum, on any entity, is stored as its wire name: the strings
        // the columns held before they were typed (no migration), and what raw SQL compares.
        configurationBuilder.Properties<CanonicalUnit>().HaveConversion<WireNameConverter<CanonicalUnit>>();
        configurationBuilder.Properties<Qualifier>().HaveConversion<WireNameConverter<Qualifier>>();
        configurationBuilder.Properties<IndicatorKind>().HaveConversion<WireNameConverter<IndicatorKind>>();
        configurationBuilder.Properties<FigureForm>().HaveConversion<WireNameConverter<FigureForm>>();
        configurationBuilder.Properties<DateSource>().HaveConversion<WireNameConverter<DateSource>>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MetricsDbContext).Assembly);
}
