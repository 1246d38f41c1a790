using System.Diagnostics;
using System.Net;

namespace MetricsDashboard.Export.Benchmarks;

/// <summary>
/// One client downloading a whole export as a browser would: the body is read as it arrives and
/// counted, never held. A refusal (503 busy, 429 over budget) is retried after its Retry-After.
/// </summary>
public sealed class ExportClient(HttpClient http)
{
    public async Task<ExportRun> DownloadAsync(string url, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var refusals = 0;
        var buffer = new byte[81920];
        while (true)
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
            if (response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests)
            {
                refusals++;
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), ct);
                continue;
            }
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync(ct);
            long bytes = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, ct)) > 0)
            {
                bytes += read;
            }
            return new ExportRun(watch.Elapsed, bytes, refusals);
        }
    }
}
