using System.Text.RegularExpressions;
using MetricsDashboard.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace MetricsDashboard.E2E;

/// <summary>An analyst checks a total before citing it: open it to its facts, then to the sentences.</summary>
public sealed class FactsFlowTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task VoucherTotal_OpensToItsOneFactAndBothSentences()
    {
        var page = await fixture.NewPageAsync(1280, 1000);
        await page.GotoAsync("/metrics/consumption_voucher");
        await page.WaitForCircuitAsync();
        var chengdu = page.Locator("[data-testid=metric-total-row][data-district=成都市]");
        await Expect(chengdu.Locator("[data-testid=metric-total-value]")).ToHaveTextAsync("3000万元");

        await chengdu.Locator("[data-testid=metric-total-open]").ClickAsync();

        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog.Locator("[data-testid=facts-row]")).ToHaveCountAsync(1);
        await Expect(dialog).ToContainTextAsync("3000万元");
        await page.ScreenshotAsync("facts-dialog");
        await dialog.Locator("[data-testid=facts-row] a").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/facts/[0-9]+$"));
        await Expect(page.Locator("[data-testid=fact-mention]")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=fact-value]")).ToHaveTextAsync("3000万元");
        await page.ScreenshotAsync("fact");
    }

    [BrowserFact]
    public async Task Overview_LeadsWithValuesOfAMeasureAndCountsAsCoverage()
    {
        var page = await fixture.NewPageAsync(1280, 1600);
        await page.GotoAsync("/?measure=consumption_vouchers");
        await page.WaitForCircuitAsync();

        await Expect(page.Locator("[data-testid=values-by-area-chart] .apexcharts-bar-area")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Expect(page.Locator("[data-testid=values-by-area-chart] svg.apexcharts-svg")).ToContainTextAsync("成都市");
        await Expect(page.Locator("[data-testid=measure-series-link]")).ToHaveAttributeAsync("href", new Regex("/series/consumption_vouchers"));
        await page.ScreenshotAsync("overview-values");
    }
}
