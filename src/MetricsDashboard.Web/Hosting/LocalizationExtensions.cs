using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// zh-CN is the default UI language whatever the browser asks for (the product's users read
/// Chinese); English is one click away and remembered in a cookie.
/// </summary>
public static class LocalizationExtensions
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo[] Supported = [Chinese, English];

    public static WebApplication UseDashboardLocalization(this WebApplication app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Chinese),
            SupportedCultures = Supported,
            SupportedUICultures = Supported,
            // Cookie first, then ?culture=; Accept-Language is deliberately not consulted.
            RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new QueryStringRequestCultureProvider(),
            ],
        };
        app.UseRequestLocalization(options);
        return app;
    }

    /// <summary><c>GET /culture/{name}?returnUrl=/explore</c>: sets the culture cookie and goes back.</summary>
    public static WebApplication MapCultureSwitch(this WebApplication app)
    {
        app.MapMethods("/culture/{name}", [HttpMethods.Get, HttpMethods.Head], (string name, string? returnUrl, HttpContext context) =>
        {
            var culture = Supported.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            if (culture is null)
            {
                return Results.BadRequest($"Unsupported culture '{name}'. Use zh-CN or en.");
            }
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            var target = LocalReturnUrl.OrFallback(returnUrl);
            return Results.LocalRedirect(target);
        });
        return app;
    }
}
