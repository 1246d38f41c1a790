using MetricsDashboard.E2E.Support;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetricsDashboard.E2E;

/// <summary>What a new user found wrong, each checked in the browser as they saw it.</summary>
public sealed class DefectTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Donut = "[data-testid=by-sector-chart] .apexcharts-pie-series";

    [BrowserFact]
    public async Task TopicDonut_SecondFilterChange_StillRedrawsWithBothTopics()
    {
        var page = await fixture.NewPageAsync(1280, 1200);
        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();
        await Expect(page.Locator(Donut).First).ToBeVisibleAsync(new() { Timeout = 20_000 });

        await page.PickAsync("filter-sector", "金融");
        await page.WaitForLoadedAsync("?sector=finance");
        await Expect(page.Locator(Donut)).ToHaveCountAsync(1);
        await page.PickAsync("filter-sector", "社区治理");
        await page.WaitForLoadedAsync("?sector=finance&sector=community_governance");

        await Expect(page.Locator(Donut)).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=by-sector-chart] .apexcharts-legend")).ToContainTextAsync("社区治理");
    }

    [BrowserFact]
    public Task DarkTheme_ChartTextIsLight_HeatmapHasNoWhiteCellsAndEveryCountReads() => ChartTextAndHeatmapReadAsync("dark");

    [BrowserFact]
    public Task LightTheme_HeatmapSmallCountsReadOnTheirPaleCells() => ChartTextAndHeatmapReadAsync("light");

    private async Task ChartTextAndHeatmapReadAsync(string theme)
    {
        var page = await fixture.NewPageAsync(1280, 1700);
        await page.Context.AddCookiesAsync([new Cookie { Name = "MetricsDashboard.Theme", Value = theme, Url = fixture.Server.BaseAddress.ToString() }]);
        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();
        await Expect(page.Locator("[data-testid=heatmap-chart] button.md-heat-button").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(page.Locator("[data-testid=by-district-chart] .apexcharts-yaxis-label").First).ToBeVisibleAsync(new() { Timeout = 20_000 });

        var axisColour = await page.Locator("[data-testid=by-district-chart] .apexcharts-yaxis-label").First.GetAttributeAsync("fill");
        var cellColours = await page.Locator("[data-testid=heatmap-chart] td.md-heat-cell")
            .EvaluateAllAsync<string[]>("cells => cells.map(c => getComputedStyle(c).backgroundColor)");
        // WCAG contrast of each count's text on its cell.
        var contrasts = await page.Locator("[data-testid=heatmap-chart] button.md-heat-button").EvaluateAllAsync<double[]>(
            """
            buttons => buttons.map(b => {
                const lum = css => { const [r, g, bl] = css.match(/\d+/g).slice(0, 3).map(v => { v = v / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * bl; };
                const fg = lum(getComputedStyle(b).color), bg = lum(getComputedStyle(b.parentElement).backgroundColor);
                return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
            })
            """);

        Assert.Equal(theme == "dark" ? "#d5dbe3" : "#37474f", axisColour?.ToLowerInvariant());
        Assert.DoesNotContain(cellColours, c => c is "rgb(255, 255, 255)" or "rgba(0, 0, 0, 0)");
        Assert.NotEmpty(contrasts);
        Assert.All(contrasts, c => Assert.True(c >= 4.5, $"contrast {c:0.00} under 4.5"));
        await page.ScreenshotAsync(theme == "dark" ? "overview-dark" : "overview-light-heatmap");
    }

    [BrowserFact]
    public async Task Phone_FiltersFoldAwayAndTheExplorerShowsValues()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("/explore");
        await page.WaitForCircuitAsync();

        await Expect(page.Locator("[data-testid=filter-district]")).Not.ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=explore-grid] [data-testid=indicator-link]").First).ToBeInViewportAsync(new() { Timeout = 20_000 });
        await page.Locator("[data-testid=filter-toggle]").ClickAsync();
        await Expect(page.Locator("[data-testid=filter-district]")).ToBeVisibleAsync();
        await page.ScreenshotAsync("explore-phone");
    }

    [BrowserFact]
    public async Task Phone_HeatmapTopicLabelsDoNotOverlap()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();
        var labels = page.Locator("[data-testid=heatmap-chart] th.md-heat-col span");
        await Expect(labels.First).ToBeVisibleAsync(new() { Timeout = 20_000 });

        var boxes = await labels.EvaluateAllAsync<double[][]>(
            "ls => ls.map(l => { const r = l.getBoundingClientRect(); return [r.left, r.right]; })");

        Assert.True(boxes.Length > 5);
        var ordered = boxes.OrderBy(b => b[0]).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            Assert.True(ordered[i][0] >= ordered[i - 1][1] - 0.5, $"label {i} overlaps the one before it");
        }
        await page.Locator("[data-testid=heatmap]").ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.ArtifactsDirectory, "heatmap-phone.png") });
    }

    [BrowserFact]
    public async Task Heatmap_WiderThanItsCard_FadesAtTheRightUntilScrolledToTheEnd()
    {
        var page = await fixture.NewPageAsync(1280, 900);
        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();
        var scroll = page.Locator("[data-testid=heatmap-chart] .md-heat-scroll");
        await Expect(scroll.Locator("button.md-heat-button").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        const string mask = "e => getComputedStyle(e).maskImage";

        // The table fits a desktop card: no fade over its last column.
        Assert.True(await scroll.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"));
        Assert.Equal("none", await scroll.EvaluateAsync<string>(mask));

        // A card narrower than the table (a phone): the right edge fades while columns are hidden…
        await scroll.EvaluateAsync("e => { e.style.width = '160px'; e.scrollLeft = 0; }");
        Assert.True(await scroll.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"));
        await Expect(scroll).ToHaveCSSAsync("mask-image", new System.Text.RegularExpressions.Regex("linear-gradient"));
        await page.Locator("[data-testid=heatmap]").ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.ArtifactsDirectory, "heatmap-narrow.png") });

        // …and not once the last column is in view.
        await scroll.EvaluateAsync("e => { e.scrollLeft = e.scrollWidth; }");
        await Expect(scroll).ToHaveCSSAsync("mask-image", "none");
    }

    [BrowserFact]
    public async Task Phone_ArticleSaysTapNotHover()
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = fixture.Server.BaseAddress.ToString(),
            ViewportSize = new() { Width = 390, Height = 844 },
            HasTouch = true,
            IsMobile = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles");
        await page.Locator("[data-testid=article-link]").First.ClickAsync();

        await Expect(page.Locator(".md-hint-touch")).ToBeVisibleAsync();
        await Expect(page.Locator(".md-hint-hover")).Not.ToBeVisibleAsync();
        await page.ScreenshotAsync("article-phone");
    }

    [BrowserFact]
    public async Task Explorer_SortPageSizeAndColumns_SurviveAReload()
    {
        var page = await fixture.NewPageAsync(1280, 1000);
        await page.GotoAsync("/explore?sort=value&size=50&cols=metric,sentence");
        await page.WaitForCircuitAsync();
        await Expect(page.Locator("[data-testid=explore-grid] [data-testid=indicator-link]").First).ToBeVisibleAsync(new() { Timeout = 20_000 });

        await page.ReloadAsync();
        await page.WaitForCircuitAsync();

        await Expect(page.Locator("[data-testid=explore-grid] tbody tr")).ToHaveCountAsync(50, new() { Timeout = 20_000 });
        await Expect(page.Locator("[data-testid=explore-grid] thead")).ToContainTextAsync("原句");
        await Expect(page.Locator("[data-testid=explore-grid] thead")).Not.ToContainTextAsync("领域");
        await Expect(page.Locator("[data-testid=explore-value-sort-note]")).ToBeVisibleAsync();
        Assert.Contains("sort=value", page.Url);
        Assert.Contains("size=50", page.Url);
    }

    [BrowserFact]
    public async Task Explorer_SearchAppliesWhileTyping()
    {
        var page = await fixture.NewPageAsync(1280, 1000);
        await page.GotoAsync("/explore");
        await page.WaitForCircuitAsync();
        await Expect(page.Locator("[data-testid=explore-grid] [data-testid=indicator-link]").First).ToBeVisibleAsync(new() { Timeout = 20_000 });

        await page.Locator("[data-testid=filter-text]").PressSequentiallyAsync("消费券", new() { Delay = 60 });

        await Expect(page).ToHaveURLAsync(new Regex("q="), new() { Timeout = 10_000 });
        await page.WaitForLoadedAsync("?q=%E6%B6%88%E8%B4%B9%E5%88%B8");
        await Expect(page.Locator("[data-testid=explore-count]")).Not.ToContainTextAsync("共 263");
    }

    [BrowserFact]
    public async Task Overview_ClickingABar_FiltersThePageByThatArea()
    {
        var page = await fixture.NewPageAsync(1280, 1200);
        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();
        var bars = page.Locator("[data-testid=by-district-chart] .apexcharts-bar-area");
        await Expect(bars.First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var before = await bars.CountAsync();

        var labels = await page.Locator("[data-testid=by-district-chart] .apexcharts-yaxis-label").AllTextContentsAsync();
        var jinjiang = labels.ToList().FindIndex(l => l.Contains("锦江区", StringComparison.Ordinal));
        Assert.True(jinjiang >= 0, string.Join(",", labels));

        await bars.Nth(jinjiang).ClickAsync();

        // Blazor navigates in the page (no load event): wait for the address itself.
        await Expect(page).ToHaveURLAsync(new Regex("district=%E9%94%A6%E6%B1%9F%E5%8C%BA"), new() { Timeout = 10_000 });
        await Expect(bars).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        Assert.True(before > 1);
    }

    [BrowserFact]
    public async Task Explorer_QualifierAndKindColumns_StayOnOneLine()
    {
        var page = await fixture.NewPageAsync(1280, 900);
        await page.GotoAsync("/explore?cols=qualifier,kind,metric,district,sentence");
        await page.WaitForCircuitAsync();
        await Expect(page.Locator("[data-testid=explore-grid] [data-testid=indicator-link]").First).ToBeVisibleAsync(new() { Timeout = 20_000 });

        // Each name (以上, 实际 …) is one line of text: one client rect per cell, none a character wide.
        var lines = await page.Locator("[data-testid=explore-grid] td.md-code").EvaluateAllAsync<int[]>(
            "cells => cells.filter(c => c.textContent.trim().length > 1).map(c => { const r = document.createRange(); r.selectNodeContents(c); return r.getClientRects().length; })");
        Assert.NotEmpty(lines);
        Assert.All(lines, n => Assert.Equal(1, n));
        await page.ScreenshotAsync("explore-code-columns");
    }

    [BrowserFact]
    public async Task Review_DarkThemeOnAPhone_QueueOnTheFirstScreenAndHighlightReadable()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.Context.AddCookiesAsync([new Cookie { Name = "MetricsDashboard.Theme", Value = "dark", Url = fixture.Server.BaseAddress.ToString() }]);
        await page.GotoAsync("/account/login?ReturnUrl=%2Freview");
        await page.Locator("[data-testid=login-password]").FillAsync(E2EAdmin.Password);
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/review$"));
        await page.WaitForCircuitAsync();

        await Expect(page.Locator("[data-testid=review-item]").First).ToBeInViewportAsync(new() { Timeout = 20_000 });
        // Filters two a row: they take at most a third of the screen (five stacked selects took 366 px).
        var filters = await page.Locator("[data-testid=review-filters]").BoundingBoxAsync();
        Assert.True(filters is { Height: < 844 / 3 }, $"the review filters are {filters?.Height} px high on a phone");
        await page.Locator("[data-testid=review-item]").First.ClickAsync();
        var mark = page.Locator(".md-review-paragraph mark").First;
        await Expect(mark).ToBeVisibleAsync();
        // Text on the light highlight is dark in the dark theme too.
        var colour = await mark.EvaluateAsync<string>("m => getComputedStyle(m).color");
        Assert.Equal("rgba(0, 0, 0, 0.87)", colour);
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the review page scrolls sideways at 390 px");
        await page.ScreenshotAsync("review-dark-phone");
    }
}
