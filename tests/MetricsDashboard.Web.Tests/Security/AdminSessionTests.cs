using System.Net;
using System.Security.Claims;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Tests.Shared;
using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Web.Tests.Security;

/// <summary>Sign-out revokes the session on the server: other tabs, other instances and open circuits lose admin rights.</summary>
public abstract class AdminSessionTests : IDisposable
{
    private const string Password = "Session-Test-Password-9";
    private readonly DashboardAppFactory _factory;

    protected AdminSessionTests(DatabaseProvider provider)
    {
        // Without a PostgreSQL server these tests are skipped: no database to make.
        if (provider == DatabaseProvider.PostgreSql && PostgresTestServer.Unavailable is not null)
        {
            _factory = null!;
            return;
        }
        _factory = new DashboardAppFactory(provider);
        _factory.Settings[AdminCredentials.PasswordKey] = Password;
    }

    public void Dispose()
    {
        (_factory as IDisposable)?.Dispose();
        GC.SuppressFinalize(this);
    }

    [ProviderFact]
    public async Task Cookie_IssuedByOneInstance_IsValidOnAnother_WithKeysInTheDatabase()
    {
        var cookie = await AdminSignIn.SignInAsync(AdminSignIn.Client(_factory), Password);
        using var second = new DashboardAppFactory(_factory);
        second.Settings[AdminCredentials.PasswordKey] = Password;

        var response = await AdminSignIn.ClientWithCookie(second, cookie).GetAsync("/import");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<MetricsDbContext>>().CreateDbContextAsync();
        var key = Assert.Single(await db.DataProtectionKeys.ToListAsync());
        Assert.Contains("<key ", key.Xml, StringComparison.Ordinal);
    }

    [ProviderFact]
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

    [ProviderFact]
    public async Task Cookie_IssuedByAnInstanceWithAPassword_IsRejectedByOneWithout()
    {
        var cookie = await AdminSignIn.SignInAsync(AdminSignIn.Client(_factory), Password);
        // Same database and data-protection keys, no password: the cookie decrypts but must not count.
        using var withoutPassword = new DashboardAppFactory(_factory);

        var response = await AdminSignIn.ClientWithCookie(withoutPassword, cookie).GetAsync("/import");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task Cookie_SharedByTwoInstances_SignOutOnOneRevokesOnTheOther()
    {
        var client = AdminSignIn.Client(_factory);
        var cookie = await AdminSignIn.SignInAsync(client, Password);
        using var second = new DashboardAppFactory(_factory);
        second.Settings[AdminCredentials.PasswordKey] = Password;
        var onSecond = AdminSignIn.ClientWithCookie(second, cookie);
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/import")).StatusCode);

        await AdminSignIn.SignOutAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, (await onSecond.GetAsync("/import")).StatusCode);
    }

    [ProviderFact]
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

    [ProviderFact]
    public async Task CircuitRevalidation_AdminWithoutSessionClaim_IsRejected()
    {
        _ = _factory.Server;
        var legacy = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, AdminAuthExtensions.AdminRole)], "Cookies"));
        await using var scope = _factory.Services.CreateAsyncScope();
        var provider = (AdminCircuitRevalidation)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();

        Assert.False(await provider.RevalidateAsync(new AuthenticationState(legacy), CancellationToken.None));
    }

    [ProviderFact]
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

public sealed class AdminSessionTestsOnSqlite() : AdminSessionTests(DatabaseProvider.Sqlite);

public sealed class AdminSessionTestsOnPostgres() : AdminSessionTests(DatabaseProvider.PostgreSql), IPostgresTests;
