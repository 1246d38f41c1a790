using System.Net;
using System.Text.RegularExpressions;
using MetricsDashboard.Tests.Shared;
using MetricsDashboard.Web.Tests.Support;

namespace MetricsDashboard.Web.Tests.Endpoints;

/// <summary>
/// The pages an analyst cites from, over the seeds: totals computed by hand from the texts.
/// Seed 004 announces 3,000万元 of vouchers for 成都 in its headline and its body (one fact);
/// seed 002 reports 5,200亿元 of 川渝 investment in its headline and body, then its four parts
/// (3186 + 1561 + 153 + 300); seed 003 reports another 473亿元 with no area.
/// </summary>
public abstract partial class FactPagesEndpointTests(SeededAppFixture app)
{
    [GeneratedRegex("data-testid=\"metric-total-row\" data-district=\"(?<district>[^\"]*)\">(?<cells>.*?)</tr>", RegexOptions.Singleline | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex TotalRow();

    [GeneratedRegex("<[^>]+>", RegexOptions.None, 1000)]
    private static partial Regex Tag();

    private async Task<Dictionary<string, string>> TotalsAsync(string url)
    {
        var html = await app.Client.GetStringAsync(url);
        return TotalRow().Matches(html).ToDictionary(
            m => m.Groups["district"].Value,
            m => Regex.Replace(Tag().Replace(m.Groups["cells"].Value, " "), @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim());
    }

    [ProviderFact]
    public async Task MetricPage_Vouchers_ChengduReads3000WanYuanNot6000()
    {
        var totals = await TotalsAsync("/metrics/consumption_voucher");

        Assert.Contains("3000万元", totals["成都市"]);
        Assert.DoesNotContain("6000", totals["成都市"]);
    }

    [ProviderFact]
    public async Task MetricPage_Investment_RowWithoutAreaAddsTwoFactsNotTheirMentionsOrParts()
    {
        var totals = await TotalsAsync("/metrics/investment");

        // 5,200亿元 + 473亿元, each once; the 其中 parts are never added to their total.
        Assert.Matches(@"5673亿元 2\b", totals[""]);
    }

    [ProviderFact]
    public async Task FactPage_SeedInvestment_ListsItsHeadlineAndBodyMentionsAndItsFourParts()
    {
        var json = await app.Client.GetStringAsync("/api/charts/sum-by-period?metric=investment&kind=actual&format=json");
        var factId = Regex.Match(json, "\"period\":\"2024\"[^}]*\"facts\":\"(?<ids>[0-9 ]+)\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups["ids"].Value.Split(' ')[0];

        var html = await app.Client.GetStringAsync($"/facts/{factId}");

        Assert.Contains("5200亿元", html);
        Assert.Equal(2, Regex.Matches(html, "data-testid=\"fact-mention\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Count);
        Assert.Contains("标题或导语重复正文数字", html);
        Assert.Contains("组成部分合计 5200亿元", html);
    }

    [ProviderTheory]
    [InlineData("/facts/999999999")]
    [InlineData("/series/no_such_measure")]
    public async Task UnknownFactOrMeasure_AnswersNotFound(string url)
    {
        var response = await app.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("data-testid=\"not-found\"", await response.Content.ReadAsStringAsync());
    }

    [ProviderFact]
    public async Task SeriesIndex_ListsTheMeasureCatalogueWithFactCounts()
    {
        var html = await app.Client.GetStringAsync("/series");

        Assert.Contains("社会消费品零售总额", html);
        Assert.Contains("消费券", html);
        Assert.Contains("href=\"/series/consumption_vouchers\"", html);
    }

    [ProviderFact]
    public async Task SeriesPage_Vouchers_ShowsChengdusFactLinkedToItsSentences()
    {
        var html = await app.Client.GetStringAsync("/series/consumption_vouchers");

        Assert.Matches("data-testid=\"series-cell\">3000万元<", html);
        Assert.Matches("href=\"/facts/[0-9]+\"", html);
    }

    [ProviderFact]
    public async Task ArticleView_SaysWhichMentionsAreOneFact()
    {
        var list = await app.Client.GetStringAsync("/articles");
        var voucherArticle = Regex.Match(list, "href=\"/articles/(?<id>[0-9]+)\"[^>]*>3000万元成都消费券", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups["id"].Value;

        var html = await app.Client.GetStringAsync($"/articles/{voucherArticle}");

        Assert.Contains("与其他 1 处提及为同一事实", html);
    }
}

public sealed class FactPagesEndpointTestsOnSqlite(SeededAppFixture app) : FactPagesEndpointTests(app), IClassFixture<SeededAppFixture>;

public sealed class FactPagesEndpointTestsOnPostgres(PostgresSeededAppFixture app) : FactPagesEndpointTests(app), IClassFixture<PostgresSeededAppFixture>, IPostgresTests;
