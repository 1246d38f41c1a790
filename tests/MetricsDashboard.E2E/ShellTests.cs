using MetricsDashboard.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace MetricsDashboard.E2E;

public sealed class ShellTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Home_Opens_ShowsChineseShellWithCjkGlyphs()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();

        await Expect(page.Locator("[data-testid=app-title-text]")).ToHaveTextAsync("成都政策指标看板");
        await Expect(page.Locator("[data-testid=nav-explore]")).ToHaveTextAsync("指标");
        // A real CJK font is installed and used: the glyphs are not tofu boxes.
        Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('16px \"Noto Sans CJK SC\"', '成都')"));
        await page.ScreenshotAsync("shell-zh");
    }

    [BrowserFact]
    public async Task LanguageSwitch_Click_ShowsEnglishOnSamePage()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();

        await page.Locator("[data-testid=language-switch]").ClickAsync();

        await Expect(page.Locator("[data-testid=nav-overview]")).ToHaveTextAsync("Overview");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [BrowserFact]
    public async Task ThemeToggle_Click_SwitchesToDarkTheme()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();

        await page.Locator("[data-testid=theme-toggle]").ClickAsync();

        await Expect(page.Locator("[data-testid=theme-toggle]")).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(page.Locator("html")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("md-dark"));
        await page.ScreenshotAsync("shell-dark");
    }
}
