using System.Net;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MetricsDashboard.Web.Tests.Endpoints;

public sealed class ShellEndpointTests : IDisposable
{
    private readonly DashboardAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Healthz_Get_ReportsHealthy()
    {
        var client = _factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("{\"status\":\"Healthy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_Get_RendersChineseShellByDefault()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var html = await client.GetStringAsync("/");

        Assert.Contains("lang=\"zh-CN\"", html);
        Assert.Contains("成都政策指标看板", html);
        Assert.Contains("_framework/blazor.web.js", html);
    }

    [Fact]
    public async Task BlazorScript_Get_IsServedByTheNet10Runtime()
    {
        var client = _factory.CreateClient();

        var response = await client.GetAsync("/_framework/blazor.web.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(10, Environment.Version.Major);
    }

    [Fact]
    public async Task CultureSwitch_English_SetsCookieAndRedirectsBack()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture/en?returnUrl=%2Fexplore");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/explore", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("c%3Den", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CultureSwitch_ExternalReturnUrl_RedirectsHomeInstead()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture/en?returnUrl=%2F%2Fevil.example");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task CultureSwitch_UnknownCulture_IsBadRequest()
    {
        var client = _factory.CreateClient();

        var response = await client.GetAsync("/culture/fr");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EnglishCookie_Get_RendersEnglishShell()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var html = await client.GetStringAsync("/");

        Assert.Contains("Chengdu Policy Metrics", html);
    }

    [Fact]
    public async Task UnknownPage_Get_ShowsFriendlyNotFound()
    {
        var client = _factory.CreateClient();

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("找不到页面", await response.Content.ReadAsStringAsync());
    }
}
