using System.Net;
using System.Text.RegularExpressions;
using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MetricsDashboard.Web.Tests.Endpoints;

public sealed partial class AdminAuthEndpointTests : IDisposable
{
    private const string Password = "Endpoint-Test-Password-7";
    private readonly DashboardAppFactory _factory = new();

    public AdminAuthEndpointTests()
    {
        _factory.Settings[AdminCredentials.PasswordKey] = Password;
    }

    public void Dispose() => _factory.Dispose();

    private HttpClient Client() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex TokenPattern();

    private static async Task<string> TokenFromAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"no antiforgery token on {path}");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string password)
    {
        var token = await TokenFromAsync(client, "/account/login?ReturnUrl=%2Fimport");
        return await client.PostAsync("/account/login?ReturnUrl=%2Fimport", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "admin-login",
            ["Input.Password"] = password,
        }));
    }

    // Redirects stay on this host: a path, or an absolute URL of the test server itself.
    private static string? LocalTarget(HttpResponseMessage response) => response.Headers.Location switch
    {
        null => null,
        { IsAbsoluteUri: true } uri => uri.Host == "localhost" ? uri.PathAndQuery : uri.ToString(),
        var uri => uri.OriginalString,
    };

    private static bool SetsAdminCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith(AdminAuthExtensions.CookieName + "=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task Import_Anonymous_RedirectsToLogin()
    {
        var response = await Client().GetAsync("/import");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Fimport", LocalTarget(response));
    }

    [Fact]
    public async Task Login_Get_IsStaticFormWithAntiforgery()
    {
        var client = Client();

        var login = await client.GetStringAsync("/account/login");
        var articles = await client.GetStringAsync("/articles");

        Assert.Contains("管理员登录", login);
        Assert.Contains("data-testid=\"login-form\"", login);
        Assert.Contains("__RequestVerificationToken", login);
        // The router (and so the form) is not an interactive root on the sign-in page, as it is elsewhere:
        // its POST must reach the server as a plain form to set the cookie.
        Assert.True(ServerRoots(login) < ServerRoots(articles), "the sign-in page must not render the router interactively");
    }

    private static int ServerRoots(string html) => Regex.Count(html, "\"type\":\"server\"", RegexOptions.None, TimeSpan.FromSeconds(1));

    [Fact]
    public async Task Login_WrongPassword_ShowsErrorAndSetsNoCookie()
    {
        var client = Client();

        var response = await PostLoginAsync(client, "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("密码不正确", await response.Content.ReadAsStringAsync());
        Assert.False(SetsAdminCookie(response));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/import")).StatusCode);
    }

    [Fact]
    public async Task Login_RightPassword_SetsCookieAndImportRenders()
    {
        var client = Client();

        var response = await PostLoginAsync(client, Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/import", LocalTarget(response));
        Assert.True(SetsAdminCookie(response));
        var import = await client.GetAsync("/import");
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var html = await import.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"drop-zone\"", html);
        Assert.Contains("data-testid=\"sign-out-form\"", html);
    }

    [Fact]
    public async Task Login_TooManyWrongPasswords_RefusesEvenTheRightOne()
    {
        var client = Client();
        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            await PostLoginAsync(client, "guess-" + i);
        }

        var response = await PostLoginAsync(client, Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("密码错误次数过多", await response.Content.ReadAsStringAsync());
        Assert.False(SetsAdminCookie(response));
    }

    [Fact]
    public async Task Login_ExternalReturnUrl_GoesToImportInstead()
    {
        var client = Client();
        var token = await TokenFromAsync(client, "/account/login");

        var response = await client.PostAsync("/account/login?ReturnUrl=%2F%2Fevil.example", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "admin-login",
            ["Input.Password"] = Password,
        }));

        Assert.Equal("/import", LocalTarget(response));
    }

    [Fact]
    public async Task Login_PostWithoutAntiforgeryToken_IsRejected()
    {
        var response = await Client().PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "admin-login",
            ["Input.Password"] = Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(SetsAdminCookie(response));
    }

    [Fact]
    public async Task Logout_Post_ClearsTheCookie()
    {
        var client = Client();
        await PostLoginAsync(client, Password);
        var token = await TokenFromAsync(client, "/import");

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["returnUrl"] = "/",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", LocalTarget(response));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/import")).StatusCode);
    }

    [Fact]
    public async Task Logout_WithoutAntiforgeryToken_IsRejected()
    {
        var response = await Client().PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
