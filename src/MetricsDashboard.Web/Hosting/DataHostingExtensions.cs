using MetricsDashboard.Data;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Extraction;
using Microsoft.AspNetCore.DataProtection;

namespace MetricsDashboard.Web.Hosting;

/// <summary>Composes extraction and storage into the web app.</summary>
public static class DataHostingExtensions
{
    /// <summary>Configuration key of the folder imported on first start (default: <c>seeds/</c> beside the app).</summary>
    public const string SeedsPathKey = "Seeds:Path";

    /// <summary>
    /// Configuration key: whether aggregate answers are kept until the data changes (default true;
    /// false makes every page read the database, as the page benchmark's cold runs do).
    /// </summary>
    public const string QueryCacheKey = "Queries:Cache";

    public static WebApplicationBuilder AddDashboardData(this WebApplicationBuilder builder)
    {
        // The extractor is deterministic and thread-safe: one instance serves every import.
        builder.Services.AddSingleton<IIndicatorExtractor, IndicatorExtractor>();
        builder.Services.AddMetricsDashboardData(builder.Configuration);
        if (builder.Configuration.GetValue(QueryCacheKey, true))
        {
            builder.Services.AddQueryResultCache();
        }
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        // Keys that sign the admin cookie and antiforgery tokens live in the database, under one
        // application name whatever folder an instance runs from: a sign-in on one instance is
        // valid on every instance sharing the database, and survives restarts.
        builder.Services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToDbContext<MetricsDbContext>();
        return builder;
    }

    /// <summary>The data-protection application name every instance shares.</summary>
    public const string DataProtectionApplicationName = "MetricsDashboard";

    /// <summary>The seed folder: configured, else the copy the build puts beside the app.</summary>
    public static string SeedsFolder(IConfiguration configuration) =>
        configuration[SeedsPathKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "seeds");
}
