using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Queries.Caching;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Data.Reference;
using MetricsDashboard.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MetricsDashboard.Data;

/// <summary>Registration of the data layer.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDbContextFactory{MetricsDbContext}"/>, <see cref="IIndicatorImportService"/>,
    /// <see cref="IIndicatorQueryService"/>, <see cref="IFactQueryService"/> (with the <see cref="MeasureCatalog"/>), <see cref="DatabaseInitializer"/> and, unless one is
    /// registered already, <see cref="IndicatorExtractor"/> as <see cref="IIndicatorExtractor"/>. The
    /// database (<see cref="DatabaseTarget"/>: provider and connection string) is resolved by
    /// <see cref="DatabaseLocation.Resolve"/> when the first context is created, from the container's <see cref="IConfiguration"/> (so test hosts' settings apply).
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configuration">Used when the container has no <see cref="IConfiguration"/> of its own.</param>
    /// <param name="databaseOverride">The CLI's <c>--db</c> value, highest precedence.</param>
    public static IServiceCollection AddMetricsDashboardData(this IServiceCollection services, IConfiguration configuration, string? databaseOverride = null)
    {
        // Resolved once, when first needed, from the container's configuration.
        services.TryAddSingleton(sp => DatabaseLocation.Resolve(sp.GetService<IConfiguration>() ?? configuration, databaseOverride));
        services.AddDbContextFactory<MetricsDbContext, MetricsDbContextFactory>((sp, options) =>
            MetricsDbContextOptions.Configure(options, sp.GetRequiredService<DatabaseTarget>()));
        services.TryAddSingleton<IIndicatorExtractor, IndicatorExtractor>();
        services.AddSingleton<IImportLock, DatabaseImportLock>();
        services.AddSingleton<IIndicatorImportService, IndicatorImportService>();
        services.AddSingleton<IndicatorQueryService>();
        services.AddSingleton<IIndicatorQueryService>(sp => sp.GetRequiredService<IndicatorQueryService>());
        services.AddSingleton(MeasureCatalog.Default);
        services.AddSingleton<FactQueryService>();
        services.AddSingleton<IFactQueryService>(sp => sp.GetRequiredService<FactQueryService>());
        services.AddSingleton<DatabaseInitializer>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Sessions.IAdminSessionStore, Sessions.EfAdminSessionStore>();
        services.AddSingleton<Review.IReviewService, Review.ReviewService>();
        services.AddSingleton<Sessions.ILoginFailureStore, Sessions.EfLoginFailureStore>();
        return services;
    }

    /// <summary>
    /// Answers the aggregate reads of <see cref="IIndicatorQueryService"/> and <see cref="IFactQueryService"/>
    /// from a <see cref="QueryResultCache"/> kept until the database changes (for a long-running
    /// server; a one-off command gains nothing from it). Call after <see cref="AddMetricsDashboardData"/>.
    /// </summary>
    public static IServiceCollection AddQueryResultCache(this IServiceCollection services)
    {
        services.TryAddSingleton<IDataVersionSource>(sp => sp.GetRequiredService<DatabaseTarget>() switch
        {
            { Provider: DatabaseProvider.PostgreSql } => new PostgresDataVersionSource(sp.GetRequiredService<IDbContextFactory<MetricsDbContext>>()),
            { ConnectionString: var sqlite } when SqliteDataVersionSource.Supports(sqlite) => new SqliteDataVersionSource(sqlite),
            _ => NoDataVersion.Instance,
        });
        services.TryAddSingleton<QueryResultCache>();
        services.AddSingleton<IIndicatorQueryService, CachedIndicatorQueries>();
        services.AddSingleton<IFactQueryService, CachedFactQueries>();
        return services;
    }
}
