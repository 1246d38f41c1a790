using System.Net;
using System.Text.RegularExpressions;
using MetricsDashboard.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MetricsDashboard.Web.Tests.Support;

/// <summary>Signs in through the real form (antiforgery token included) and reads the admin cookie back.</summary>
public static partial class AdminSignIn
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex TokenPattern();

    public static HttpClient Client(DashboardAppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client that sends exactly the cookie header given, like a second tab or a stolen cookie.</summary>
    public static HttpClient ClientWithCookie(DashboardAppFactory factory, string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    public static async Task<string> TokenFromAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"no antiforgery token on {path}");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    /// <summary>Signs in and returns the admin cookie as a <c>name=value</c> pair.</summary>
    public static async Task<string> SignInAsync(HttpClient client, string password)
    {
        var token = await TokenFromAsync(client, "/account/login");
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "admin-login",
            ["Input.Password"] = password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AdminAuthExtensions.CookieName + "=", StringComparison.Ordinal));
        return setCookie[..setCookie.IndexOf(';', StringComparison.Ordinal)];
    }

    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client)
    {
        var token = await TokenFromAsync(client, "/import");
        return await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["returnUrl"] = "/",
        }));
    }
}
