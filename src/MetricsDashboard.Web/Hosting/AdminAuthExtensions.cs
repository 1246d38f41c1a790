using System.Security.Claims;
using MetricsDashboard.Web.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// The administrator's sign-in: one password from configuration, a cookie carrying the role
/// <see cref="AdminRole"/>. Viewers never sign in; only import and re-extraction require the role.
/// </summary>
public static class AdminAuthExtensions
{
    public const string AdminRole = "admin";
    public const string CookieName = "MetricsDashboard.Admin";

    public static WebApplicationBuilder AddAdminAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AdminCredentials>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services
            .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = DashboardUrls.Login;
                options.AccessDeniedPath = DashboardUrls.Login;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
            });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    /// <summary>The principal of a signed-in administrator.</summary>
    public static ClaimsPrincipal AdminPrincipal() => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, AdminRole), new Claim(ClaimTypes.Role, AdminRole)],
        CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>Whether a path is safe to redirect to after sign-in or sign-out: local, never <c>//host</c>.</summary>
    public static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains("://", StringComparison.Ordinal);

    /// <summary><c>POST /account/logout</c> (form with antiforgery token, optional <c>returnUrl</c>): clears the cookie.</summary>
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        // Binding a form value makes the endpoint validate the antiforgery token (UseAntiforgery).
        app.MapPost(DashboardUrls.Logout, async (HttpContext context, [FromForm] string? returnUrl) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect(IsLocalUrl(returnUrl) ? returnUrl! : DashboardUrls.Overview);
        });
        return app;
    }
}
