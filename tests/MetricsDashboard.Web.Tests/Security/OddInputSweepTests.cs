using System.Net;
using MetricsDashboard.Web.Tests.Support;

namespace MetricsDashboard.Web.Tests.Security;

/// <summary>
/// No input answers 500: every page route and API endpoint, every query key they read, with values a
/// hostile or careless user sends. And HEAD works wherever GET does. (A NUL in the path itself is
/// refused by Kestrel with 400 before the app; the in-memory test server throws instead, so paths here avoid it.)
/// </summary>
public sealed class OddInputSweepTests(SeededAppFixture app) : IClassFixture<SeededAppFixture>
{
    private static readonly string[] Routes =
    [
        "/", "/explore", "/articles", "/articles/1", "/articles/999999", "/districts/锦江区",
        "/sectors/public_safety", "/sectors/..%2F..", "/metrics/investment", "/metrics/%E2%80%AE", "/account/login",
        "/import", "/not-found", "/culture/en", "/culture/xx", "/api/indicators", "/api/charts/by-sector",
        "/api/charts/heatmap", "/api/charts/%0A",
    ];

    private static readonly string[] Keys =
    [
        "district", "sector", "metric", "unit", "kind", "from", "to", "q", "page", "size", "sort", "cols",
        "indicator", "format", "ReturnUrl", "returnUrl",
    ];

    private static readonly string[] Values =
    [
        "", "%00", "9999-12", "9999-12-31", "2024-13-45", "-1", "99999999999999999999", "1.5", "%E0%A4%A",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%0D%0ASet-Cookie:x=1", "%2F%5Cx", new string('字', 1000),
    ];

    public static TheoryData<string> RouteData() => [.. Routes];

    [Theory]
    [MemberData(nameof(RouteData))]
    public async Task Get_OddValueInEveryKey_NeverAServerError(string route)
    {
        var failures = new List<string>();
        foreach (var key in Keys)
        {
            foreach (var value in Values)
            {
                var url = $"{route}?{key}={value}";
                using var response = await app.Client.GetAsync(url);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{(int)response.StatusCode} {url[..Math.Min(url.Length, 120)]}");
                }
            }
        }
        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(RouteData))]
    public async Task Head_WhereGetWorks_SameStatusAndNoBody(string route)
    {
        // Redirects are compared, not followed: the point is each endpoint's own answer.
        using var client = app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var get = await client.GetAsync(route);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, route));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Headers.Location, head.Headers.Location);
        if (get.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        }
    }
}
