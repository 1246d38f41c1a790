using System.Security.Cryptography;

namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// Security headers on every response — pages, API, static files, error pages.
/// <para>
/// Pages: scripts only from this site, plus the one inline script Blazor renders (the import map
/// of fingerprinted assets), admitted by a per-request nonce. blazor.web.js (Interactive Server)
/// needs neither <c>'unsafe-eval'</c> nor <c>'wasm-unsafe-eval'</c>; the headless-browser test checks
/// that no violation is reported. Styles need <c>'unsafe-inline'</c>: MudBlazor renders
/// <c>style="…"</c> attributes in its markup and ApexCharts writes style attributes and a
/// <c>&lt;style&gt;</c> element while drawing; neither can carry a nonce or a stable hash. Inline
/// styles cannot run script, so scripts stay strict. The circuit's WebSocket is <c>connect-src 'self'</c>.
/// </para>
/// <para>The API returns data, never documents: it gets a policy that allows nothing.</para>
/// </summary>
public static class SecurityHeaders
{
    private const string NonceItem = "md:csp-nonce";

    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The policy of pages and static files, with this request's script nonce.</summary>
    public static string PagePolicy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "frame-ancestors 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'";

    /// <summary>This request's script nonce (for the import map's inline script).</summary>
    public static string CspNonce(this HttpContext context) =>
        context.Items[NonceItem] as string ?? "";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            // Hex, not base64: '+' and '/' would be HTML-encoded in the attribute (&#x2B;), and hex
            // digits are valid in a CSP nonce (base64-value) as they are.
            var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceItem] = nonce;
            // Set at the start of the response, so that error pages and short-circuiting
            // middleware (static files, rate limiter, antiforgery) carry the headers too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                    ? ApiPolicy
                    : PagePolicy(nonce);
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
