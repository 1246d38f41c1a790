using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// Behind a reverse proxy the client address and scheme come from <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c>, but only when the request comes from a proxy named in configuration:
/// anyone else could write those headers and pick the address the sign-in throttle counts.
/// With nothing configured the headers are ignored altogether (ASP.NET Core would otherwise trust
/// loopback by default).
/// </summary>
public static class ForwardedHeadersSetup
{
    /// <summary>Proxy addresses, e.g. <c>["10.0.0.5"]</c>.</summary>
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";

    /// <summary>Proxy networks in CIDR notation, e.g. <c>["10.0.0.0/24"]</c>.</summary>
    public const string KnownNetworksKey = "ForwardedHeaders:KnownNetworks";

    /// <summary>The options from configuration, or null when no proxy is configured.</summary>
    /// <exception cref="InvalidOperationException">An address or network cannot be parsed (fail at start, not at the first request).</exception>
    public static ForwardedHeadersOptions? FromConfiguration(IConfiguration configuration)
    {
        var proxies = configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [];
        var networks = configuration.GetSection(KnownNetworksKey).Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0)
        {
            return null;
        }
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // One proxy hop: the last address it appended is the client it saw.
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"{KnownProxiesKey}: '{proxy}' is not an IP address"));
        }
        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{KnownNetworksKey}: '{network}' is not a CIDR network"));
        }
        return options;
    }

    public static WebApplication UseConfiguredForwardedHeaders(this WebApplication app)
    {
        if (FromConfiguration(app.Configuration) is { } options)
        {
            app.UseForwardedHeaders(options);
        }
        return app;
    }
}
