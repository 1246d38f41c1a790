using System.Threading.RateLimiting;
using MetricsDashboard.Web.Hosting;
using Microsoft.Extensions.Options;

namespace MetricsDashboard.Web.Apis;

/// <summary>
/// Caps the downloads being written at once (<see cref="ExportOptions.MaxConcurrent"/>). A download
/// that finds every slot taken is refused at once rather than queued: a queue would hold requests,
/// and their connections, exactly when the server is busiest.
/// </summary>
public sealed class ExportGate(IOptions<ExportOptions> options) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, options.Value.MaxConcurrent),
        QueueLimit = 0,
    });

    /// <summary>A slot, to be disposed when the download is written; check <see cref="RateLimitLease.IsAcquired"/>.</summary>
    public RateLimitLease TryEnter() => _limiter.AttemptAcquire();

    public void Dispose() => _limiter.Dispose();
}
