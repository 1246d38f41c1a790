using System.Text.Json;
using System.Text.RegularExpressions;
using MetricsDashboard.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetricsDashboard.E2E;

/// <summary>
/// An administrator excludes one figure and corrects another's metric on /review, re-extracts
/// everything, and finds both decisions still holding in the review lists, the explorer, the
/// download and the audit trail.
/// </summary>
public sealed class ReviewFlowTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private sealed record Figure(string Doc, string Surface, int Start, string Metric);

    private static async Task<Figure> FigureOfAsync(ILocator row) => new(
        (await row.GetAttributeAsync("data-doc"))!,
        (await row.GetAttributeAsync("data-surface"))!,
        int.Parse((await row.GetAttributeAsync("data-start"))!, System.Globalization.CultureInfo.InvariantCulture),
        (await row.GetAttributeAsync("data-metric"))!);

    [BrowserFact]
    public async Task ExcludeAndCorrect_SurviveReextraction_InPagesDownloadAndAudit()
    {
        var page = await fixture.NewPageAsync(1400, 1200);
        await page.GotoAsync("/account/login?ReturnUrl=%2Freview");
        await page.Locator("[data-testid=login-password]").FillAsync(E2EAdmin.Password);
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/review$"));
        await page.WaitForCircuitAsync();
        var rows = page.Locator("[data-testid=review-item]");
        await Expect(rows.First).ToBeVisibleAsync();

        // Exclude the most doubtful figure by the keyboard: x, a reason, confirm.
        var excluded = await FigureOfAsync(rows.First);
        await page.Locator("[data-testid=review-queue]").PressAsync("x");
        await page.Locator("[data-testid=exclude-reason]").FillAsync("不是统计数据");
        await page.Locator("[data-testid=exclude-confirm]").ClickAsync();
        await Expect(page.Locator("[data-testid=review-notice]")).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-testid=review-item][data-doc='{excluded.Doc}'][data-start='{excluded.Start}']")).ToHaveCountAsync(0);

        // Correct the next one's metric: e opens the form.
        var corrected = await FigureOfAsync(rows.First);
        var metric = corrected.Metric == "energy" ? "events" : "energy";
        await page.Locator("[data-testid=review-queue]").PressAsync("e");
        await page.Locator("[data-testid=correct-metric]").SelectOptionAsync(metric);
        await page.Locator("[data-testid=correct-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=correct-panel]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("review");

        // Re-extract everything from the import page.
        await page.GotoAsync("/import");
        await page.WaitForCircuitAsync();
        await page.Locator("[data-testid=reextract]").ClickAsync();
        await page.Locator(".mud-dialog button", new() { HasTextString = "确定重新提取" }).ClickAsync();
        await Expect(page.Locator("[data-testid=import-report]")).ToBeVisibleAsync(new() { Timeout = 120_000 });

        // The review lists still hold both.
        await page.GotoAsync("/review?status=excluded");
        await page.WaitForCircuitAsync();
        await Expect(page.Locator($"[data-testid=review-item][data-doc='{excluded.Doc}'][data-surface='{excluded.Surface}']")).ToHaveCountAsync(1);
        await page.GotoAsync("/review?status=corrected");
        await page.WaitForCircuitAsync();
        var correctedRow = page.Locator($"[data-testid=review-item][data-doc='{corrected.Doc}'][data-surface='{corrected.Surface}']");
        await Expect(correctedRow).ToHaveAttributeAsync("data-metric", metric);
        await Expect(page.Locator("[data-testid=audit-line][data-action=exclude]")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=audit-line][data-action=correct][data-field=metric]")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("review-after-reextract");

        // The explorer marks the corrected figure.
        await page.GotoAsync($"/explore?metric={metric}");
        await page.WaitForCircuitAsync();
        await Expect(page.Locator("[data-testid=review-mark][data-status=corrected]")).Not.ToHaveCountAsync(0);

        // The download leaves the excluded figure out and carries the correction and its reviewer.
        var response = await page.APIRequest.GetAsync("/api/indicators?format=json");
        Assert.True(response.Ok);
        using var json = JsonDocument.Parse(await response.TextAsync());
        var downloaded = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.DoesNotContain(downloaded, r => r.GetProperty("doc").GetString() == excluded.Doc && r.GetProperty("start").GetInt32() == excluded.Start
            && r.GetProperty("surface").GetString() == excluded.Surface);
        var row = Assert.Single(downloaded, r => r.GetProperty("doc").GetString() == corrected.Doc && r.GetProperty("start").GetInt32() == corrected.Start
            && r.GetProperty("surface").GetString() == corrected.Surface);
        Assert.Equal((metric, "corrected", "admin"), (row.GetProperty("metric").GetString(), row.GetProperty("review_status").GetString(), row.GetProperty("reviewed_by").GetString()));
    }
}
