using MetricsDashboard.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace MetricsDashboard.E2E;

public sealed class OverviewTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Overview_Opens_DrawsSeedIndicatorsInCharts()
    {
        var page = await fixture.NewPageAsync(1280, 1700);
        var console = new List<string>();
        page.Console += (_, m) => console.Add($"{m.Type}: {m.Text}");

        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();

        var bars = page.Locator("[data-testid=by-district-chart] svg.apexcharts-svg");
        await Expect(bars).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        Assert.True(await page.Locator("[data-testid=by-district-chart] .apexcharts-bar-area").CountAsync() > 3, string.Join("\n", console));
        await Expect(page.Locator("[data-testid=by-sector-chart] svg.apexcharts-svg")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=by-month-chart] svg.apexcharts-svg")).ToHaveCountAsync(1);
        Assert.True(await page.Locator("[data-testid=heatmap-chart] button.md-heat-button").CountAsync() > 3);
        // Chinese category labels are drawn into the SVG.
        await Expect(page.Locator("[data-testid=by-district-chart] svg.apexcharts-svg")).ToContainTextAsync("锦江区");
        await page.ScreenshotAsync("overview");
    }

    [BrowserFact]
    public async Task Overview_InEnglishAndDark_FormatsNumbersWithKmbAndDrawsDarkCharts()
    {
        var page = await fixture.NewPageAsync(1280, 1700);
        await page.GotoAsync("/culture/en?returnUrl=%2F");
        await page.WaitForCircuitAsync();
        await page.Locator("[data-testid=theme-toggle]").ClickAsync();
        await Expect(page.Locator("[data-testid=theme-toggle]")).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(page.Locator("html")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("md-dark"));
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();

        await Expect(page.Locator("[data-testid=nav-overview]")).ToHaveTextAsync("Overview");
        await Expect(page.Locator("[data-testid=largest] [data-testid=indicator-link]").First).ToContainTextAsync("CNY ");
        await Expect(page.Locator("[data-testid=largest] [data-testid=indicator-link]").First).ToContainTextAsync("B");
        await Expect(page.Locator("[data-testid=by-sector-chart] svg.apexcharts-svg")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await page.ScreenshotAsync("overview-en-dark");
    }
}
