using System.Net;
using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Tests.Support;

namespace MetricsDashboard.Web.Tests.Security;

/// <summary>One check for every return URL: sign-in page, sign-out, culture switch.</summary>
public sealed class LocalReturnUrlTests : IDisposable
{
    private const string Password = "Return-Url-Password-3";
    private readonly DashboardAppFactory _factory = new();

    public LocalReturnUrlTests()
    {
        _factory.Settings[AdminCredentials.PasswordKey] = Password;
    }

    public void Dispose() => _factory.Dispose();

    // Query-string forms of URLs that a browser would follow to another host.
    public static TheoryData<string> OffSite => new()
    {
        "%2F%09%2Fevil.example%2Fx",
        "%2F%0A%2Fevil.example",
        "%2F%0D%0A%2Fevil.example",
        "%2F%5Cevil.example",
        "%2F%5Cx",
        "%2F%2Fevil.example",
        "https%3A%2F%2Fevil.example%2F",
        "evil.example",
        "%2F%09%2F",
    };

    [Theory]
    [InlineData("/\t/evil.example/x")]
    [InlineData("/\n/evil.example")]
    [InlineData("/\\x")]
    [InlineData("//x")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    [InlineData(null)]
    public void IsLocal_OffSiteOrEmpty_False(string? url) => Assert.False(LocalReturnUrl.IsLocal(url));

    [Theory]
    [InlineData("/")]
    [InlineData("/explore?district=锦江区&unit=CNY")]
    [InlineData("/articles/1#indicator-2")]
    public void IsLocal_LocalPath_True(string url) => Assert.True(LocalReturnUrl.IsLocal(url));

    [Theory]
    [MemberData(nameof(OffSite))]
    public async Task CultureSwitch_OffSiteReturnUrl_RedirectsHome(string returnUrl)
    {
        var response = await AdminSignIn.Client(_factory).GetAsync("/culture/en?returnUrl=" + returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(OffSite))]
    public async Task LoginPage_SignedInWithOffSiteReturnUrl_LinksToImport(string returnUrl)
    {
        var client = AdminSignIn.Client(_factory);
        await AdminSignIn.SignInAsync(client, Password);

        var html = await client.GetStringAsync("/account/login?ReturnUrl=" + returnUrl);

        Assert.Contains("data-testid=\"login-already\"", html);
        Assert.Contains("href=\"/import\"", html);
        // The layout's culture links carry this page's URL escaped (%252F…), which is harmless;
        // what must not appear is the target itself, decoded, in a link.
        Assert.DoesNotContain("/evil.example", html);
        Assert.DoesNotContain("\\evil.example", html);
        Assert.DoesNotContain("href=\"evil.example", html);
    }

    [Fact]
    public async Task CultureSwitch_LocalReturnUrl_GoesBack()
    {
        var response = await AdminSignIn.Client(_factory).GetAsync("/culture/en?returnUrl=%2Fexplore%3Fpage%3D2");

        Assert.Equal("/explore?page=2", response.Headers.Location!.OriginalString);
    }
}
