using System.Net;
using MetricsDashboard.Tests.Shared;
using MetricsDashboard.Web.Tests.Support;

namespace MetricsDashboard.Web.Tests.Endpoints;

/// <summary>Pages answer the HTTP status their content means: 404 for what does not exist, never 500 for odd input.</summary>
public abstract class PageStatusEndpointTests(SeededAppFixture app)
{
    [ProviderTheory]
    [InlineData("/metrics/bogus")]
    [InlineData("/sectors/bogus")]
    [InlineData("/districts/不存在区")]
    [InlineData("/articles/99999")]
    [InlineData("/no/such/page")]
    public async Task UnknownThing_AnswersNotFoundWithTheFriendlyPage(string url)
    {
        var response = await app.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"not-found\"", html);
        Assert.Contains("返回概览", html);
    }

    [ProviderTheory]
    [InlineData("/metrics/investment")]
    [InlineData("/sectors/public_safety")]
    [InlineData("/districts/锦江区")]
    public async Task KnownThing_AnswersOk(string url)
    {
        var response = await app.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [ProviderTheory]
    [InlineData("/?to=9999-12")]
    [InlineData("/?from=9999-12-31&to=9999-12-31")]
    [InlineData("/explore?to=9999-12&sort=nonsense&page=-3&size=7&cols=evil")]
    public async Task ExtremeOrOddFilters_AnswerOk(string url)
    {
        var response = await app.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [ProviderTheory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    public async Task ArticleWithUnreadableIndicatorParameter_ShowsTheArticle(string indicator)
    {
        var list = await app.Client.GetStringAsync("/articles");
        var id = System.Text.RegularExpressions.Regex.Match(list, "href=\"/articles/([0-9]+)\"").Groups[1].Value;

        var response = await app.Client.GetAsync($"/articles/{id}?indicator={indicator}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"article-text\"", await response.Content.ReadAsStringAsync());
    }

    [ProviderFact]
    public async Task BadDate_WarnsInTheUiLanguage()
    {
        var html = await app.Client.GetStringAsync("/?from=abc");

        Assert.Contains("data-testid=\"filter-errors\"", html);
        Assert.Contains("应为 yyyy-MM-dd 或 yyyy-MM 格式", html);
        Assert.DoesNotContain("must be a date", html);
    }
}

public sealed class PageStatusEndpointTestsOnSqlite(SeededAppFixture app) : PageStatusEndpointTests(app), IClassFixture<SeededAppFixture>;

public sealed class PageStatusEndpointTestsOnPostgres(PostgresSeededAppFixture app) : PageStatusEndpointTests(app), IClassFixture<PostgresSeededAppFixture>, IPostgresTests;
