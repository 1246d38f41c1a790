using System.Security.Claims;
using MetricsDashboard.Data.Sessions;
using MetricsDashboard.Web.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// The administrator's sign-in: one password from configuration, a cookie carrying the role
/// <see cref="AdminRole"/> and a server-side session id. Viewers never sign in; only import and
/// re-extraction require the role.
/// </summary>
public static class AdminAuthExtensions
{
    public const string AdminRole = "admin";
    public const string CookieName = "MetricsDashboard.Admin";
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    public static WebApplicationBuilder AddAdminAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AdminCredentials>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddSingleton<AdminSessionValidator>();
        builder.Services
            .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // Secure whenever the request came over HTTPS (directly or, with forwarded headers, at the proxy).
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = DashboardUrls.Login;
                options.AccessDeniedPath = DashboardUrls.Login;
                options.ExpireTimeSpan = SessionLifetime;
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = RejectRevokedSessionAsync;
            });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        // Replaces the circuit's default provider, which never looks at the cookie's session again.
        builder.Services.AddScoped<AuthenticationStateProvider, AdminCircuitRevalidation>();
        return builder;
    }

    // A cookie is only as good as its session row: signed out elsewhere, expired, or issued by an
    // instance that has a password while this one has none, it is dropped and the request is anonymous.
    private static async Task RejectRevokedSessionAsync(CookieValidatePrincipalContext context)
    {
        var validator = context.HttpContext.RequestServices.GetRequiredService<AdminSessionValidator>();
        if (context.Principal is null || !await validator.IsValidAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    /// <summary>The principal of a signed-in administrator, bound to the server-side session <paramref name="sessionId"/>.</summary>
    public static ClaimsPrincipal AdminPrincipal(string sessionId) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, AdminRole),
            new Claim(ClaimTypes.Role, AdminRole),
            new Claim(AdminSessionValidator.SessionClaim, sessionId),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>Starts a server-side session and sets the cookie for it.</summary>
    public static async Task SignInAdminAsync(this HttpContext context, CancellationToken ct = default)
    {
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        var sessions = context.RequestServices.GetRequiredService<IAdminSessionStore>();
        // The row outlives any sliding renewal of the cookie by at most one lifetime: a stolen cookie
        // that keeps sliding is still cut off when its row expires.
        var sessionId = await sessions.CreateAsync(time.GetUtcNow().UtcDateTime + SessionLifetime, ct);
        await context.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            AdminPrincipal(sessionId),
            new AuthenticationProperties { IsPersistent = false });
    }

    /// <summary><c>POST /account/logout</c> (form with antiforgery token, optional <c>returnUrl</c>): revokes the session and clears the cookie.</summary>
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        // The token is checked here rather than by form binding: binding throws on a missing token,
        // which became a 500 for a signed-in user instead of a 400 with the friendly page.
        app.MapPost(DashboardUrls.Logout, async (HttpContext context, IAdminSessionStore sessions, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (AdminSessionValidator.SessionId(context.User) is { } sessionId)
            {
                // Deleting the row is what signs out the other tabs, circuits and instances.
                await sessions.RevokeAsync(sessionId, context.RequestAborted);
            }
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect(LocalReturnUrl.OrFallback(form["returnUrl"], DashboardUrls.Overview));
        }).DisableAntiforgery();
        return app;
    }
}
