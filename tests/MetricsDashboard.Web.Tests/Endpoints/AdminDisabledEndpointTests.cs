using System.Net;
using MetricsDashboard.Web.Tests.Support;

namespace MetricsDashboard.Web.Tests.Endpoints;

public sealed class AdminDisabledEndpointTests : IDisposable
{
    private readonly DashboardAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Login_NoPasswordConfigured_SaysImportIsDisabledAndHowToEnableIt()
    {
        var response = await _factory.CreateClient().GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"login-disabled\"", html);
        Assert.Contains("METRICSDASHBOARD_ADMIN_PASSWORD", html);
        Assert.Contains("Admin:Password", html);
        Assert.DoesNotContain("data-testid=\"login-form\"", html);
    }
}
