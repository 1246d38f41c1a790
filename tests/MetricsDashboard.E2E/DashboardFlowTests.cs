using System.Text;
using MetricsDashboard.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace MetricsDashboard.E2E;

/// <summary>What an analyst does: narrow the overview to a district, take the data, open the pages.</summary>
public sealed class DashboardFlowTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task DistrictFilter_Pick锦江区_ChartsAndUrlFollowAndCsvHoldsOnly锦江区()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();
        await Expect(page.Locator("[data-testid=by-district-chart] .apexcharts-bar-area").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var barsBefore = await page.Locator("[data-testid=by-district-chart] .apexcharts-bar-area").CountAsync();
        var indicatorsBefore = await page.Locator("[data-testid=stat-indicators] .md-stat-value").InnerTextAsync();

        await page.PickAsync("filter-district", "锦江区");

        await page.WaitForLoadedAsync("?district=%E9%94%A6%E6%B1%9F%E5%8C%BA");
        Assert.Contains("district=%E9%94%A6%E6%B1%9F%E5%8C%BA", page.Url);
        await Expect(page.Locator("[data-testid=stat-indicators] .md-stat-value")).Not.ToHaveTextAsync(indicatorsBefore);
        await Expect(page.Locator("[data-testid=by-district-chart] .apexcharts-bar-area")).ToHaveCountAsync(1);
        Assert.True(barsBefore > 1);
        await page.ScreenshotAsync("overview-jinjiang");

        var download = await page.RunAndWaitForDownloadAsync(async () =>
        {
            await page.Locator("[data-testid=largest-download] button").ClickAsync();
            await page.Locator(".mud-popover-open a[data-format=csv]").ClickAsync();
        });
        var path = await download.PathAsync();
        var lines = (await File.ReadAllTextAsync(path, Encoding.UTF8)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var district = Array.IndexOf(header, "district");
        Assert.True(lines.Length > 1, "the download has rows");
        Assert.All(lines.Skip(1), line => Assert.Equal("锦江区", line.Split(',')[district]));
    }

    [BrowserFact]
    public async Task Explore_Opens_ShowsGridRowsWithSourceLinks()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/explore?district=锦江区");
        await page.WaitForCircuitAsync();

        await Expect(page.Locator("[data-testid=explore-grid] [data-testid=indicator-link]").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(page.Locator("[data-testid=filter-district]")).ToHaveValueAsync("锦江区");
        await page.ScreenshotAsync("explore");
    }

    [BrowserFact]
    public async Task DistrictPage_Opens_ChartsItsMetrics()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/districts/" + Uri.EscapeDataString("锦江区"));
        await page.WaitForCircuitAsync();

        await Expect(page.Locator("[data-testid=scope-title]")).ToContainTextAsync("锦江区");
        await Expect(page.Locator("[data-testid=scope-by-metric-chart] svg.apexcharts-svg")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await page.ScreenshotAsync("district");
    }

    [BrowserFact]
    public async Task MetricPage_Investment_ChartsEachUnitSeparately()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/metrics/investment");
        await page.WaitForCircuitAsync();

        await Expect(page.Locator("[data-testid=metric-district-CNY-chart] svg.apexcharts-svg")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await page.ScreenshotAsync("metric-investment");
    }

    [BrowserFact]
    public async Task SectorPage_Opens_NarrowScreenStillShowsCharts()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("/sectors/public_safety");
        await page.WaitForCircuitAsync();

        await Expect(page.Locator("[data-testid=scope-by-metric-chart] svg.apexcharts-svg")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await page.ScreenshotAsync("sector-narrow");
    }

    [BrowserFact]
    public async Task IndicatorLink_FromExplore_OpensArticleWithItsSentenceHighlighted()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/explore?district=锦江区");
        await page.WaitForCircuitAsync();
        var link = page.Locator("[data-testid=explore-grid] [data-testid=indicator-link]").First;
        await Expect(link).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var surface = await link.GetAttributeAsync("title");

        await link.ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/articles/", StringComparison.Ordinal) && url.Contains("indicator=", StringComparison.Ordinal));
        var focus = page.Locator("[data-testid=focus-sentence]").First;
        await Expect(focus).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(page.Locator("mark.md-mark-focus", new() { HasText = surface })).Not.ToHaveCountAsync(0);
        await Expect(focus).ToBeInViewportAsync();
        await page.ScreenshotAsync("explore-to-article");
    }
}
