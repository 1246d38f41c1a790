namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// HTTPS redirection and HSTS for production deployments, off unless configured: on the loopback
/// (<c>dotnet run</c>, tests) the app serves plain HTTP and must not send HSTS, which a browser would
/// then remember for localhost. Behind a TLS-terminating proxy, configure the proxy as known
/// (<see cref="ForwardedHeadersSetup"/>) so that the request's scheme is the proxy's.
/// </summary>
public static class HttpsSetup
{
    /// <summary>true: redirect HTTP to HTTPS (needs an HTTPS endpoint in <c>--urls</c>, or the port in <c>https_port</c> / <c>ASPNETCORE_HTTPS_PORT</c> behind a proxy).</summary>
    public const string RedirectKey = "Https:Redirect";

    /// <summary>true: send <c>Strict-Transport-Security</c> on HTTPS responses.</summary>
    public const string HstsKey = "Https:Hsts";

    /// <summary>max-age of HSTS in days (default 365).</summary>
    public const string HstsMaxAgeDaysKey = "Https:HstsMaxAgeDays";

    public static WebApplicationBuilder AddConfiguredHttps(this WebApplicationBuilder builder)
    {
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(builder.Configuration.GetValue(HstsMaxAgeDaysKey, 365));
            options.IncludeSubDomains = false;
        });
        return builder;
    }

    public static WebApplication UseConfiguredHttps(this WebApplication app)
    {
        // UseHsts itself skips localhost, 127.0.0.1 and [::1]: even when configured, the loopback stays plain.
        if (app.Configuration.GetValue(HstsKey, false))
        {
            app.UseHsts();
        }
        if (app.Configuration.GetValue(RedirectKey, false))
        {
            app.UseHttpsRedirection();
        }
        return app;
    }
}
