using System.Net;
using System.Text.RegularExpressions;
using MetricsDashboard.Web.Tests.Support;

namespace MetricsDashboard.Web.Tests.Endpoints;

public sealed partial class ArticlesEndpointTests : IDisposable
{
    private readonly DashboardAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [GeneratedRegex("href=\"/articles/(?<id>[0-9]+)\"", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex ArticleLink();

    [Fact]
    public async Task Articles_Get_ListsTheSeedArticlesWithLinks()
    {
        var html = await _factory.CreateClient().GetStringAsync("/articles");

        Assert.Contains("data-testid=\"articles-table\"", html);
        Assert.True(ArticleLink().Matches(html).Count >= 5, "every seed file has at least one article");
        Assert.Contains(".txt", html);
    }

    [Fact]
    public async Task ArticleDetail_SeedArticle_RendersTextWithMarkedNumbers()
    {
        var client = _factory.CreateClient();
        var list = await client.GetStringAsync("/articles");
        var ids = ArticleLink().Matches(list).Select(m => m.Groups["id"].Value).Distinct().ToList();

        // Some seed articles may have no indicator; at least one of them must show marks.
        var pages = new List<string>();
        foreach (var id in ids.Take(10))
        {
            pages.Add(await client.GetStringAsync($"/articles/{id}"));
        }

        Assert.Contains(pages, p => p.Contains("<mark id=\"indicator-", StringComparison.Ordinal));
        Assert.All(pages, p => Assert.Contains("data-testid=\"article-text\"", p));
    }

    [Fact]
    public async Task ArticleDetail_UnknownId_AnswersNotFoundWithTheFriendlyPage()
    {
        var response = await _factory.CreateClient().GetAsync("/articles/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("data-testid=\"not-found\"", await response.Content.ReadAsStringAsync());
    }
}
