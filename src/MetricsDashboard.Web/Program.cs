using MetricsDashboard.Web.Apis;
using MetricsDashboard.Web.Components;
using MetricsDashboard.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddDashboardUi();
builder.AddDashboardData();
builder.AddAdminAuth();
builder.AddDashboardExports();
builder.AddConfiguredHttps();

var app = builder.Build();

app.UseConfiguredForwardedHeaders();
app.UseSecurityHeaders();
app.UseHeadWithoutBody();
app.UseConfiguredHttps();
app.UseDashboardErrorHandling();
app.UseDashboardLocalization();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode().AllowHeadWhereGet();
app.MapHealthChecks("/healthz", new() { ResponseWriter = HealthReportWriter.WriteAsync });
app.MapDownloads();
app.MapFacts();
app.MapReview();
app.MapCultureSwitch();
app.MapAccountEndpoints();

app.Run();

/// <summary>Entry point; public so that WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
