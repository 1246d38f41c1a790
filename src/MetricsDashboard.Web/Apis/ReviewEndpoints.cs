using MetricsDashboard.Data.Review;
using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Model;

namespace MetricsDashboard.Web.Apis;

/// <summary>
/// <c>GET /api/review/gold[?doc=NAME]</c>: the reviewed figures as gold JSON lines, administrators
/// only. The review actions themselves run in the page's circuit, not through endpoints.
/// </summary>
public static class ReviewEndpoints
{
    public static WebApplication MapReview(this WebApplication app)
    {
        app.MapGet(DashboardUrls.ReviewGold, async (string? doc, IReviewService review, CancellationToken ct) =>
        {
            var lines = await review.GoldAsync(string.IsNullOrWhiteSpace(doc) ? null : doc, ct);
            var name = doc is null ? "reviewed-gold.jsonl" : GoldJsonLines.FileNameOf(doc);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(GoldJsonLines.ToText(lines)), "application/x-ndjson; charset=utf-8", name);
        }).RequireAuthorization(policy => policy.RequireRole(AdminAuthExtensions.AdminRole));
        return app;
    }
}
