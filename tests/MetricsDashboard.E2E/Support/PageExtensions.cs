using Microsoft.Playwright;

namespace MetricsDashboard.E2E.Support;

public static class PageExtensions
{
    /// <summary>Waits until the Blazor circuit is live (the layout's marker flips after the first interactive render).</summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.Locator("[data-testid=circuit][data-interactive=yes]")
            .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });

    /// <summary>Waits until the page shows data loaded for the given query string ("" for none).</summary>
    public static Task WaitForLoadedAsync(this IPage page, string query) =>
        page.Locator($"[data-testid=page-loaded][data-key=\"{query}\"]")
            .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });

    /// <summary>Opens one of the filter bar's selects, picks the option that reads <paramref name="option"/> and closes it again.</summary>
    public static async Task PickAsync(this IPage page, string selectTestId, string option)
    {
        // A list still closing from an earlier pick would take the click: wait until none is open.
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await page.Locator($"[data-testid={selectTestId}]").ClickAsync();
        var item = page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).First;
        await item.ScrollIntoViewIfNeededAsync();
        await item.ClickAsync();
        // A multiple-choice list stays open for more picks; a click beside it closes it, as a user would.
        await page.Locator("h1").First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    public static async Task<string> ScreenshotAsync(this IPage page, string name)
    {
        var path = Path.Combine(BrowserEnvironment.ArtifactsDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
