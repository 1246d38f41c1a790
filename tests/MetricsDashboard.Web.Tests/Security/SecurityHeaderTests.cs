using System.Net;
using MetricsDashboard.Web.Tests.Support;

namespace MetricsDashboard.Web.Tests.Security;

/// <summary>CSP, nosniff and Referrer-Policy on pages, the API, static files and error pages.</summary>
public sealed class SecurityHeaderTests(SeededAppFixture app) : IClassFixture<SeededAppFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/explore")]
    [InlineData("/account/login")]
    [InlineData("/no-such-page")]
    [InlineData("/favicon.svg")]
    [InlineData("/_framework/blazor.web.js")]
    public async Task Page_AnyResponse_CarriesAStrictPolicy(string path)
    {
        var response = await app.Client.GetAsync(path);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
        Assert.Contains("connect-src 'self'", csp);
        Assert.Contains("img-src 'self' data:", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("base-uri 'self'", csp);
        Assert.Contains("form-action 'self'", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    [Theory]
    [InlineData("/api/indicators?format=json")]
    [InlineData("/api/charts/by-sector?format=csv")]
    [InlineData("/api/charts/no-such-chart")]
    public async Task Api_AnyResponse_AllowsNothing(string path)
    {
        var response = await app.Client.GetAsync(path);

        Assert.StartsWith("default-src 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Page_ImportMapScript_CarriesTheHeadersNonce()
    {
        var response = await app.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        var nonce = System.Text.RegularExpressions.Regex.Match(Header(response, "Content-Security-Policy"), "'nonce-(?<n>[^']+)'").Groups["n"].Value;

        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", html);
        var second = await app.Client.GetAsync("/");
        Assert.DoesNotContain(nonce, Header(second, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Page_PlainHttp_NoHstsAndNoRedirect()
    {
        var response = await app.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content)
        : throw new Xunit.Sdk.XunitException($"no {name} header on {response.RequestMessage!.RequestUri}");
}
