using System.Net;
using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MetricsDashboard.Web.Tests.Security;

/// <summary>The admin cookie is Secure over HTTPS; HSTS and HTTPS redirection are there when configured, never forced.</summary>
public sealed class HttpsTests : IDisposable
{
    private const string Password = "Https-Test-Password-1";
    private readonly DashboardAppFactory _factory = new();

    public HttpsTests()
    {
        _factory.Settings[AdminCredentials.PasswordKey] = Password;
    }

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("https://dashboard.example", true)]
    [InlineData("http://localhost", false)]
    public async Task SignIn_CookieIsSecureExactlyOverHttps(string baseAddress, bool secure)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });
        var token = await AdminSignIn.TokenFromAsync(client, "/account/login");

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "admin-login",
            ["Input.Password"] = Password,
        }));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AdminAuthExtensions.CookieName + "=", StringComparison.Ordinal));
        Assert.Equal(secure, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Hsts_Configured_SentOverHttpsButNotToTheLoopback()
    {
        _factory.Settings[HttpsSetup.HstsKey] = "true";
        var remote = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://dashboard.example") });
        var loopback = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var response = await remote.GetAsync("/healthz");
        var local = await loopback.GetAsync("/healthz");

        Assert.Equal("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(local.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task HttpsRedirect_Configured_SendsPlainHttpToHttps()
    {
        _factory.Settings[HttpsSetup.RedirectKey] = "true";
        _factory.Settings["https_port"] = "443";
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://dashboard.example"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/explore");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://dashboard.example/explore", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Defaults_PlainHttp_NeitherRedirectedNorHsts()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://dashboard.example"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
