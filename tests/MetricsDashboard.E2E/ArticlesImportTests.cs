using System.Text;
using System.Text.RegularExpressions;
using MetricsDashboard.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetricsDashboard.E2E;

public sealed partial class ArticlesImportTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string UploadText =
        "锦江区消费市场持续回暖\n" +
        "本报讯（记者 王明）记者从锦江区商务局获悉，2024年1-11月，锦江区社会消费品零售总额实现1298.6亿元，同比增长5.2%。\n" +
        "今年以来，全区新增3410个泊位，发放3000万元消费券，组织17万余名民警辅警参与节假日安保。\n";

    [GeneratedRegex(@"/articles/\d+$")]
    private static partial Regex ArticleUrl();

    [GeneratedRegex(@"/account/login\?ReturnUrl=%2Fimport$")]
    private static partial Regex LoginUrl();

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/account/login?ReturnUrl=%2Fimport");
        await page.Locator("[data-testid=login-password]").FillAsync(E2EAdmin.Password);
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/import$"));
        await page.WaitForCircuitAsync();
    }

    [BrowserFact]
    public async Task Import_Anonymous_LandsOnSignInPage()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/import");

        await Expect(page).ToHaveURLAsync(LoginUrl());
        await Expect(page.Locator("[data-testid=login-form]")).ToBeVisibleAsync();
        await page.ScreenshotAsync("login");
    }

    [BrowserFact]
    public async Task SignIn_WrongPassword_ShowsError()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/login");

        await page.Locator("[data-testid=login-password]").FillAsync("wrong");
        await page.Locator("[data-testid=login-submit]").ClickAsync();

        await Expect(page.Locator("[data-testid=login-error]")).ToHaveTextAsync("密码不正确。");
    }

    [BrowserFact]
    public async Task Upload_TextFile_ReportsIndicatorsAndLinksToTheArticle()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page);
        await page.ScreenshotAsync("import-empty");

        await page.Locator("[data-testid=file-input]").SetInputFilesAsync(new FilePayload
        {
            Name = "e2e-锦江消费.txt",
            MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes(UploadText),
        });
        await Expect(page.Locator("[data-testid=pending-file]")).ToHaveCountAsync(1);
        await page.Locator("input[data-testid=source-name], [data-testid=source-name] input").First.FillAsync("成都日报");
        var publishedOn = page.Locator("input[data-testid=published-on], [data-testid=published-on] input").First;
        await publishedOn.FillAsync("2024-12-26");
        await publishedOn.PressAsync("Tab");
        await page.Locator("[data-testid=start-import]").ClickAsync();

        var row = page.Locator("[data-testid=import-file]");
        await Expect(row).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(row).ToHaveAttributeAsync("data-status", "imported");
        var added = int.Parse(await row.Locator("[data-testid=import-indicators]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(added >= 3, $"expected the upload's numbers to be extracted, got {added}");
        await page.ScreenshotAsync("import-report");

        await page.Locator("[data-testid=import-article-link]").First.ClickAsync();

        await Expect(page).ToHaveURLAsync(ArticleUrl());
        await Expect(page.Locator("[data-testid=article-text] mark").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=article-text]")).ToContainTextAsync("1298.6亿元");
        await Expect(page.Locator("[data-testid=article-meta]")).ToContainTextAsync("e2e-锦江消费.txt");
        // The batch's publication date reached the stored article.
        await Expect(page.Locator("[data-testid=article-meta]")).ToContainTextAsync("2024-12-26");
    }

    [BrowserFact]
    public async Task Upload_Pdf_IsRejectedBeforeUpload()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page);

        await page.Locator("[data-testid=file-input]").SetInputFilesAsync(new FilePayload { Name = "scan.pdf", MimeType = "application/pdf", Buffer = [0x25, 0x50, 0x44, 0x46] });

        await Expect(page.Locator("[data-testid=upload-rejections]")).ToContainTextAsync("scan.pdf");
        await Expect(page.Locator("[data-testid=start-import]")).ToBeDisabledAsync();
    }

    [BrowserFact]
    public async Task Upload_Sizes_OverLimitRefusedBeforeUploadLargeTextStreamsAndImports()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page);
        // About 180 KB of UTF-8: several of InputFile's 32 KB chunks over the circuit.
        var large = new StringBuilder("锦江区大文件测试\n");
        while (large.Length < 60_000)
        {
            large.Append("2024年锦江区新增3410个泊位，发放3000万元消费券。\n");
        }

        await page.Locator("[data-testid=file-input]").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "huge.txt", MimeType = "text/plain", Buffer = new byte[21 * 1024 * 1024] },
            new FilePayload { Name = "large.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(large.ToString()) },
        });

        await Expect(page.Locator("[data-testid=upload-rejections]")).ToContainTextAsync("huge.txt");
        await Expect(page.Locator("[data-testid=upload-rejections]")).ToContainTextAsync("20 MB");
        await Expect(page.Locator("[data-testid=pending-file]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await page.Locator("[data-testid=start-import]").ClickAsync();
        await Expect(page.Locator("[data-testid=import-file]")).ToHaveAttributeAsync("data-status", "imported", new() { Timeout = 60_000 });
    }

    [BrowserFact]
    public async Task Articles_List_OpensArticleAndFocusesAnIndicator()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/articles");
        await page.WaitForCircuitAsync();
        await Expect(page.Locator("[data-testid=article-row]").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("articles-1280");

        // The first article with indicators.
        var rows = page.Locator("[data-testid=article-row]");
        var count = await rows.CountAsync();
        for (var i = 0; i < count; i++)
        {
            if (await rows.Nth(i).Locator("td.md-num").InnerTextAsync() != "0")
            {
                await rows.Nth(i).Locator("[data-testid=article-link]").ClickAsync();
                break;
            }
        }
        await Expect(page).ToHaveURLAsync(ArticleUrl());
        await page.WaitForCircuitAsync();
        await Expect(page.Locator("[data-testid=article-text] mark").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("article-detail-1280");

        var items = page.Locator("[data-testid=indicator-item]");
        var target = items.Nth(Math.Min(3, await items.CountAsync() - 1));
        await target.Locator("a.md-indicator-value").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"\?indicator=\d+#indicator-\d+$"));
        await Expect(page.Locator("mark.md-mark-focus")).ToHaveCountAsync(1);
        await Expect(page.Locator("mark.md-mark-focus")).ToBeInViewportAsync();
        await page.ScreenshotAsync("article-detail-focus-1280");
    }

    [BrowserFact]
    public async Task NarrowScreen_ArticlesArticleAndImport_StayUsable()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("/articles");
        await page.WaitForCircuitAsync();
        await Expect(page.Locator("[data-testid=article-row]").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("articles-390");

        var href = await page.Locator("[data-testid=article-link]").First.GetAttributeAsync("href");
        await page.GotoAsync(href!);
        await page.WaitForCircuitAsync();
        await page.ScreenshotAsync("article-detail-390");
        // Nothing wider than the screen: no sideways scrolling of the page itself.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"));

        await SignInAsync(page);
        await page.ScreenshotAsync("import-390");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"));
    }

    [BrowserFact]
    public async Task English_ArticleAndImportPages_ShowEnglishText()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/culture/en?returnUrl=%2Farticles");
        await page.WaitForCircuitAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Articles");
        await page.Locator("[data-testid=article-link]").First.ClickAsync();
        await Expect(page.Locator("[data-testid=article-meta]")).ToContainTextAsync("Published");
        await page.ScreenshotAsync("article-detail-en");

        await SignInAsync(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Import articles");
        await page.ScreenshotAsync("import-en");
    }

    [BrowserFact]
    public async Task DarkTheme_FocusedIndicator_StaysLegible()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/articles");
        await page.WaitForCircuitAsync();
        await page.Locator("[data-testid=theme-toggle]").ClickAsync();
        await Expect(page.Locator("html")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("md-dark"));

        var href = await page.Locator("[data-testid=article-link]").First.GetAttributeAsync("href");
        await page.GotoAsync(href!);
        await page.WaitForCircuitAsync();
        await page.Locator("[data-testid=indicator-item] a.md-indicator-value").First.ClickAsync();

        var mark = page.Locator("mark.md-mark-focus");
        await Expect(mark).ToHaveCountAsync(1);
        // Dark text on the light highlight, whatever the theme's text colour.
        Assert.Equal("rgb(31, 31, 31)", await mark.EvaluateAsync<string>("e => getComputedStyle(e).color"));
        // The sentence around it: light text on a deep blue in the dark theme.
        var sentence = page.Locator("[data-testid=focus-sentence]").First;
        Assert.Equal("rgb(241, 245, 249)", await sentence.EvaluateAsync<string>("e => getComputedStyle(e).color"));
        Assert.Equal("rgb(13, 58, 102)", await sentence.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await page.ScreenshotAsync("article-detail-dark");
    }
}
