using System.Globalization;
using System.Threading.RateLimiting;
using MetricsDashboard.Web.Apis;
using Microsoft.Extensions.Options;

namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// Keeps the download API available under load: a cap on concurrent downloads
/// (<see cref="ExportGate"/>) and ASP.NET Core's rate limiter giving each client a request budget on
/// <c>/api</c>. Both refuse with problem+json and Retry-After.
/// </summary>
public static class ExportServiceExtensions
{
    public static WebApplicationBuilder AddDashboardExports(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ExportOptions>(builder.Configuration.GetSection(ExportOptions.Section));
        builder.Services.Configure<ApiRateLimitOptions>(builder.Configuration.GetSection(ApiRateLimitOptions.Section));
        builder.Services.AddSingleton<ExportGate>();
        builder.Services.AddRateLimiter(options =>
        {
            // Global rather than a named policy on one route group: every /api endpoint, including
            // ones added later and unknown paths, draws from the same budget.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ApiPartition);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, ct) =>
            {
                var window = context.HttpContext.RequestServices.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value.WindowSeconds;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : window;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, retryAfter).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    title: "Too many requests",
                    detail: $"This client has used its budget of API requests; try again in {retryAfter} s.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
    }

    private static RateLimitPartition<string> ApiPartition(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitPartition.GetNoLimiter("pages");
        }
        var settings = context.RequestServices.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value;
        // One budget per client address (forwarded addresses are trusted only where the proxy is configured).
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter("api:" + client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, settings.PermitLimit),
            Window = TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds)),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
