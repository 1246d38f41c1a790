using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// /healthz as JSON: the overall status, then each check's status, description and data, e.g.
/// <c>{"status":"Healthy","checks":{"database":{"status":"Healthy","provider":"PostgreSQL","reachable":true,"migrationsApplied":true,…}}}</c>.
/// The status code stays ASP.NET Core's: 200 when healthy, 503 when not. Exception details are logged, not shown.
/// </summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        var checks = report.Entries.ToDictionary(
            e => e.Key,
            e =>
            {
                var entry = new Dictionary<string, object?> { ["status"] = e.Value.Status.ToString() };
                if (e.Value.Description is { Length: > 0 } description)
                {
                    entry["description"] = description;
                }
                foreach (var (key, value) in e.Value.Data)
                {
                    entry[key] = value;
                }
                return entry;
            });
        return JsonSerializer.SerializeAsync(context.Response.Body, new { status = report.Status.ToString(), checks }, cancellationToken: context.RequestAborted);
    }
}
