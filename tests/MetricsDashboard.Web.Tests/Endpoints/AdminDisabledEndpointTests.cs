using System.Net;
using MetricsDashboard.Web.Tests.Support;

namespace MetricsDashboard.Web.Tests.Endpoints;

public sealed class AdminDisabledEndpointTests : IDisposable
{
    private readonly DashboardAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Login_NoPasswordConfigured_SaysAdministrationIsOffWithoutNamingConfigurationKeys()
    {
        var response = await _factory.CreateClient().GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"login-disabled\"", html);
        // A visitor is told to ask for an administrator; configuration keys are the operator's (README).
        Assert.Contains("请联系站点管理员", html);
        Assert.DoesNotContain("METRICSDASHBOARD_ADMIN_PASSWORD", html);
        Assert.DoesNotContain("Admin:Password", html);
        Assert.DoesNotContain("data-testid=\"login-form\"", html);
    }
}
