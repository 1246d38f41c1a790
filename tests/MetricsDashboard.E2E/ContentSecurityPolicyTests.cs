using MetricsDashboard.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetricsDashboard.E2E;

/// <summary>
/// The Content-Security-Policy is strict enough to matter and loose enough for the app: Blazor's
/// circuit, MudBlazor and ApexCharts run on the main pages without a single violation.
/// </summary>
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Registered before any script runs, so violations during the first paint are caught too.
    private const string ViolationRecorder = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));
        """;

    [BrowserFact]
    public async Task MainPages_WithChartsDrawn_ReportNoViolation()
    {
        var page = await fixture.NewPageAsync(1280, 1700);
        await page.AddInitScriptAsync(ViolationRecorder);
        var console = new List<string>();
        page.Console += (_, m) => console.Add($"{m.Type}: {m.Text}");
        var violations = new List<string>();

        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();
        await Expect(page.Locator("[data-testid=by-district-chart] svg.apexcharts-svg")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        violations.AddRange(await ViolationsAsync(page, "/"));

        await page.GotoAsync("/explore");
        await page.WaitForCircuitAsync();
        violations.AddRange(await ViolationsAsync(page, "/explore"));

        await page.GotoAsync("/articles");
        await page.WaitForCircuitAsync();
        var firstArticle = await page.Locator("a[href^='articles/'], a[href^='/articles/']").First.GetAttributeAsync("href");
        await page.GotoAsync("/" + firstArticle!.TrimStart('/'));
        await page.WaitForCircuitAsync();
        await Expect(page.Locator("[data-testid=article-text]")).ToBeVisibleAsync();
        violations.AddRange(await ViolationsAsync(page, firstArticle));

        await page.GotoAsync("/account/login?ReturnUrl=%2Fimport");
        violations.AddRange(await ViolationsAsync(page, "/account/login"));
        await page.Locator("[data-testid=login-password]").FillAsync(E2EAdmin.Password);
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=drop-zone]")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.WaitForCircuitAsync();
        violations.AddRange(await ViolationsAsync(page, "/import"));

        var consoleViolations = console.Where(c => c.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(violations.Count == 0 && consoleViolations.Count == 0,
            string.Join("\n", violations.Concat(consoleViolations)));
    }

    [BrowserFact]
    public async Task InlineScript_InjectedIntoAPage_IsBlocked()
    {
        var page = await fixture.NewPageAsync();
        await page.AddInitScriptAsync(ViolationRecorder);
        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();

        // What an HTML-injection payload would do: an inline handler must not run.
        await page.EvaluateAsync("""
            () => { const img = document.createElement('img'); img.setAttribute('onerror', 'window.__pwned = 1'); img.src = 'data:,x'; document.body.appendChild(img); }
            """);
        await Task.Delay(500);

        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.NotEmpty(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));
    }

    private static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string where)
    {
        // Charts and the circuit settle within a second of the marker; violations are synchronous events.
        await Task.Delay(1500);
        var found = await page.EvaluateAsync<string[]>("() => window.__cspViolations ?? []");
        return found.Select(v => $"{where}: {v}");
    }
}
