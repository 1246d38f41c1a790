using System.Net;
using System.Security.Claims;
using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Web.Tests.Security;

/// <summary>Sign-out revokes the session on the server: other tabs, other instances and open circuits lose admin rights.</summary>
public sealed class AdminSessionTests : IDisposable
{
    private const string Password = "Session-Test-Password-9";
    private readonly DashboardAppFactory _factory = new();

    public AdminSessionTests()
    {
        _factory.Settings[AdminCredentials.PasswordKey] = Password;
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SignOut_CookieReplayedFromAnotherTab_IsNoLongerAdmin()
    {
        var client = AdminSignIn.Client(_factory);
        var cookie = await AdminSignIn.SignInAsync(client, Password);
        var otherTab = AdminSignIn.ClientWithCookie(_factory, cookie);
        Assert.Equal(HttpStatusCode.OK, (await otherTab.GetAsync("/import")).StatusCode);

        await AdminSignIn.SignOutAsync(client);

        var after = await otherTab.GetAsync("/import");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookie_IssuedByAnInstanceWithAPassword_IsRejectedByOneWithout()
    {
        var cookie = await AdminSignIn.SignInAsync(AdminSignIn.Client(_factory), Password);
        // Same database and data-protection keys, no password: the cookie decrypts but must not count.
        using var withoutPassword = new DashboardAppFactory();
        withoutPassword.Settings["ConnectionStrings:Default"] = $"Data Source={_factory.DatabasePath};Pooling=False";

        var response = await AdminSignIn.ClientWithCookie(withoutPassword, cookie).GetAsync("/import");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookie_SharedByTwoInstances_SignOutOnOneRevokesOnTheOther()
    {
        var client = AdminSignIn.Client(_factory);
        var cookie = await AdminSignIn.SignInAsync(client, Password);
        using var second = new DashboardAppFactory();
        second.Settings[AdminCredentials.PasswordKey] = Password;
        second.Settings["ConnectionStrings:Default"] = $"Data Source={_factory.DatabasePath};Pooling=False";
        var onSecond = AdminSignIn.ClientWithCookie(second, cookie);
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/import")).StatusCode);

        await AdminSignIn.SignOutAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, (await onSecond.GetAsync("/import")).StatusCode);
    }

    [Fact]
    public async Task CircuitRevalidation_SessionRevoked_LosesAdminRights()
    {
        var client = AdminSignIn.Client(_factory);
        await AdminSignIn.SignInAsync(client, Password);
        var sessions = _factory.Services.GetRequiredService<Data.Sessions.IAdminSessionStore>();
        var sessionId = await sessions.CreateAsync(DateTime.UtcNow.AddHours(1));
        var state = new AuthenticationState(AdminAuthExtensions.AdminPrincipal(sessionId));
        await using var scope = _factory.Services.CreateAsyncScope();
        var provider = Assert.IsType<AdminCircuitRevalidation>(scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>());
        Assert.True(await provider.RevalidateAsync(state, CancellationToken.None));

        await sessions.RevokeAsync(sessionId);

        Assert.False(await provider.RevalidateAsync(state, CancellationToken.None));
    }

    [Fact]
    public async Task CircuitRevalidation_AdminWithoutSessionClaim_IsRejected()
    {
        _ = _factory.Server;
        var legacy = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, AdminAuthExtensions.AdminRole)], "Cookies"));
        await using var scope = _factory.Services.CreateAsyncScope();
        var provider = (AdminCircuitRevalidation)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();

        Assert.False(await provider.RevalidateAsync(new AuthenticationState(legacy), CancellationToken.None));
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryTokenWhileSignedIn_Is400NotAServerError()
    {
        var client = AdminSignIn.Client(_factory);
        await AdminSignIn.SignInAsync(client, Password);

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("data-testid=\"bad-request\"", StringComparison.Ordinal), body);
        // Still signed in: a forged sign-out does nothing.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/import")).StatusCode);
    }
}
