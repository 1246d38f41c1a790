using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>The dashboard's SQLite database: documents, articles, indicators, reference tables and import history.</summary>
public sealed class MetricsDbContext(DbContextOptions<MetricsDbContext> options) : DbContext(options)
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

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MetricsDbContext).Assembly);
}
