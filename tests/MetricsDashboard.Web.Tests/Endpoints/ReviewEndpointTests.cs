using System.Net;
using System.Text.Json;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Review;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Web.Tests.Endpoints;

/// <summary>The review page and gold download need the administrator; review decisions reach downloads and chart totals.</summary>
public sealed class ReviewEndpointTests : IDisposable
{
    private const string Password = "Review-Test-Password-5";
    private readonly DashboardAppFactory _factory = new();

    public ReviewEndpointTests() => _factory.Settings[AdminCredentials.PasswordKey] = Password;

    public void Dispose() => _factory.Dispose();

    private static string? LocalTarget(HttpResponseMessage response) => response.Headers.Location switch
    {
        null => null,
        { IsAbsoluteUri: true } uri => uri.PathAndQuery,
        var uri => uri.OriginalString,
    };

    [Theory]
    [InlineData("/review", "/account/login?ReturnUrl=%2Freview")]
    [InlineData("/review?status=orphaned", "/account/login?ReturnUrl=%2Freview%3Fstatus%3Dorphaned")]
    [InlineData("/api/review/gold", "/account/login?ReturnUrl=%2Fapi%2Freview%2Fgold")]
    public async Task Anonymous_IsSentToTheLogin_AndSeesNothing(string path, string login)
    {
        using var client = AdminSignIn.Client(_factory);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(login, LocalTarget(response));
    }

    [Fact]
    public async Task RevokedCookie_IsAnonymousAgain()
    {
        using var client = AdminSignIn.Client(_factory);
        var cookie = await AdminSignIn.SignInAsync(client, Password);
        await AdminSignIn.SignOutAsync(client);

        using var stale = AdminSignIn.ClientWithCookie(_factory, cookie);
        var page = await stale.GetAsync("/review");
        var gold = await stale.GetAsync("/api/review/gold");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (page.StatusCode, gold.StatusCode));
    }

    [Fact]
    public async Task Administrator_GetsThePage_AndTheGoldOfVerifiedFigures()
    {
        using var client = AdminSignIn.Client(_factory);
        await AdminSignIn.SignInAsync(client, Password);
        var review = _factory.Services.GetRequiredService<IReviewService>();
        var figure = (await review.ListAsync(new ReviewQuery { Take = 1 })).Single();
        await review.VerifyAsync(figure.Id!.Value, "tester");

        var page = await client.GetAsync("/review");
        var gold = await client.GetAsync("/api/review/gold");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("审核数值", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, gold.StatusCode);
        var line = JsonDocument.Parse(Assert.Single((await gold.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.Equal((figure.Doc, figure.Surface, true), (line.GetProperty("doc").GetString(), line.GetProperty("surface").GetString(), line.GetProperty("core").GetBoolean()));
    }

    [Fact]
    public async Task ExclusionAndCorrection_ReachIndicatorDownloadsAndChartTotals()
    {
        using var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var contexts = _factory.Services.GetRequiredService<IDbContextFactory<MetricsDbContext>>();
        // A figure that is a fact of its own and is added up: excluding it takes exactly its value off its area's total.
        (long Id, string District, string Metric, double Value, string Surface, int Start) target;
        (long Id, string Surface, int Start) other;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            target = (await db.Indicators
                .Where(i => i.District != null && i.Unit == CanonicalUnit.Cny && i.Kind == IndicatorKind.Actual && i.Fact!.MentionCount == 1 && i.Fact.IsSummable)
                .OrderBy(i => i.Id).Select(i => new { i.Id, i.District, i.Metric, i.Value, i.Surface, i.Start }).FirstAsync()) is var t
                ? (t.Id, t.District!, t.Metric, t.Value, t.Surface, t.Start) : default;
            other = (await db.Indicators.Where(i => i.Id != target.Id && i.Metric != "energy").OrderByDescending(i => i.Id)
                .Select(i => new { i.Id, i.Surface, i.Start }).FirstAsync()) is var o ? (o.Id, o.Surface, o.Start) : default;
        }
        var chart = $"/api/charts/sum-by-district?format=json&district={Uri.EscapeDataString(target.District)}&metric={target.Metric}";
        var before = Total(await GetJsonAsync(client, chart), target.District);
        var review = _factory.Services.GetRequiredService<IReviewService>();

        await review.ExcludeAsync(target.Id, "not this area's figure", "tester");
        await review.CorrectAsync(other.Id, new Dictionary<string, string?> { ["metric"] = "energy" }, "tester");

        Assert.Equal(before - target.Value, Total(await GetJsonAsync(client, chart), target.District), 3);
        var rows = (await GetJsonAsync(client, "/api/indicators?format=json")).GetProperty("rows").EnumerateArray().ToList();
        Assert.DoesNotContain(rows, r => r.GetProperty("surface").GetString() == target.Surface && r.GetProperty("start").GetInt32() == target.Start);
        var corrected = Assert.Single(rows, r => r.GetProperty("surface").GetString() == other.Surface && r.GetProperty("start").GetInt32() == other.Start);
        Assert.Equal(("energy", "corrected", "tester"), (corrected.GetProperty("metric").GetString(), corrected.GetProperty("review_status").GetString(), corrected.GetProperty("reviewed_by").GetString()));
        Assert.False(string.IsNullOrEmpty(corrected.GetProperty("reviewed_at").GetString()));
        var csv = await client.GetStringAsync("/api/indicators?format=csv");
        Assert.Contains(",review_status,reviewed_by,reviewed_at\r\n", csv);
    }

    private static double Total(JsonElement json, string district) =>
        json.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("district").GetString() == district && r.GetProperty("unit").GetString() == "CNY" && r.GetProperty("kind").GetString() == "actual")
            .Sum(r => r.GetProperty("value").GetDouble());

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
