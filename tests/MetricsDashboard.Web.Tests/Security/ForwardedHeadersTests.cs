using System.Net;
using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace MetricsDashboard.Web.Tests.Security;

/// <summary>X-Forwarded-For is honoured only from configured proxies; otherwise anyone could choose the address the throttle counts.</summary>
public sealed class ForwardedHeadersTests : IDisposable
{
    private const string Password = "Forwarded-Password-5";
    private readonly DashboardAppFactory _factory = new();

    public ForwardedHeadersTests()
    {
        _factory.Settings[AdminCredentials.PasswordKey] = Password;
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public void FromConfiguration_Nothing_IsNull() =>
        Assert.Null(ForwardedHeadersSetup.FromConfiguration(new ConfigurationBuilder().Build()));

    [Fact]
    public void FromConfiguration_ProxiesAndNetworks_OnlyThoseAreKnown()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.5",
            ["ForwardedHeaders:KnownNetworks:0"] = "192.168.0.0/16",
        }).Build();

        var options = ForwardedHeadersSetup.FromConfiguration(configuration)!;

        Assert.Equal([IPAddress.Parse("10.0.0.5")], options.KnownProxies);
        Assert.Single(options.KnownIPNetworks);
        Assert.DoesNotContain(IPAddress.Loopback, options.KnownProxies);
    }

    [Fact]
    public void FromConfiguration_BadAddress_FailsAtStart()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies:0"] = "not-an-ip",
        }).Build();

        Assert.Throws<InvalidOperationException>(() => ForwardedHeadersSetup.FromConfiguration(configuration));
    }

    [Fact]
    public async Task Login_UnconfiguredProxy_ForgedForwardedForDoesNotEscapeTheLockout()
    {
        // The test server's connection has no address of its own; five failures lock it out,
        // and a new X-Forwarded-For on each request must not make it a new client.
        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            await PostLoginAsync($"203.0.113.{i}", "guess-" + i);
        }

        var html = await PostLoginAsync("203.0.113.99", Password);

        Assert.Contains("密码错误次数过多", html);
    }

    private async Task<string> PostLoginAsync(string forwardedFor, string password)
    {
        var client = AdminSignIn.Client(_factory);
        var token = await AdminSignIn.TokenFromAsync(client, "/account/login");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["_handler"] = "admin-login",
                ["Input.Password"] = password,
            }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
