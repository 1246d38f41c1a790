using System.Diagnostics;
using System.Globalization;
using MetricsDashboard.Data;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Synthetic;
using MetricsDashboard.E2E.Support;
using MetricsDashboard.Web.Benchmarks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

// Server render time of the overview and explorer pages, and the time for a filter change to
// redraw the overview, over a database of synthetic indicators (default one million).
// Usage: dotnet run -c Release --project tests/MetricsDashboard.Web.Benchmarks -- [--count N] [--runs N] [--db path] [--query-cache off|on|both]
// The server runs once per query-cache mode: "off" reads the database for every page (the cost of
// the first view after an import), "on" is what users get between imports (answers kept until the
// data changes). Default: both, off first.

var count = IntArg("--count", 1_000_000);
var runs = IntArg("--runs", 30);
var dbArg = StringArg("--db");
var cacheModes = (StringArg("--query-cache") ?? "both") switch
{
    "off" => new[] { false },
    "on" => [true],
    "both" => [false, true],
    var other => throw new ArgumentException($"--query-cache {other}: expected off, on or both"),
};
var folder = Path.Combine(Path.GetTempPath(), "md-web-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
var dbPath = dbArg ?? Path.Combine(folder, "bench.db");

try
{
    if (dbArg is null || !File.Exists(dbPath))
    {
        await CreateDatabaseAsync(dbPath, count);
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"database {dbPath}: {new FileInfo(dbPath).Length / 1048576.0:0.0} MB"));

    foreach (var cached in cacheModes)
    {
        Console.WriteLine(cached ? "== query cache on: answers kept until the data changes" : "== query cache off: every read from the database");
        await using var server = await DashboardServer.StartAsync(new Dictionary<string, string>
        {
            [DatabaseLocation.EnvironmentVariable] = dbPath,
            ["ConnectionStrings__Default"] = $"Data Source={dbPath}",
            ["Queries__Cache"] = cached ? "true" : "false",
        });
        await MeasurePagesAsync(server.BaseAddress, runs);
        if (BrowserEnvironment.ChromiumInstalled)
        {
            await MeasureRedrawAsync(server.BaseAddress, Math.Max(3, runs / 6));
            await MeasureExplorerSearchAsync(server.BaseAddress, Math.Max(3, runs / 3));
        }
        else
        {
            Console.WriteLine($"redraw: skipped, {BrowserEnvironment.ChromiumPath} not installed");
        }
    }
}
finally
{
    if (dbArg is null)
    {
        Directory.Delete(folder, recursive: true);
    }
}

static async Task CreateDatabaseAsync(string path, int count)
{
    var watch = Stopwatch.StartNew();
    var services = new ServiceCollection()
        .AddLogging()
        .AddMetricsDashboardData(new ConfigurationBuilder().Build(), path)
        .BuildServiceProvider();
    await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    SyntheticDataGenerator.Generate(DatabaseLocation.ToConnectionString(path), count, seed: 20240110);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {count:N0} indicators in {watch.Elapsed.TotalSeconds:0.0} s"));
}

// Full prerendered responses, as a browser's first request gets them (the page's queries run on the
// server). The explorer's grid is not among them: it asks for its rows once the circuit is live,
// so /explore?q=… here is the page around the grid; MeasureExplorerSearchAsync times the grid.
static async Task MeasurePagesAsync(Uri baseAddress, int runs)
{
    using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
    string[] pages =
    [
        "/",
        "/?district=成都市",
        "/?sector=public_safety&from=2023-01-01&to=2023-12-31",
        // The overview under a search: a common term (投资 96,000 of a million) and the commonest (亿 285,000).
        "/?q=投资",
        "/?q=亿",
        "/explore",
        "/explore?district=锦江区&unit=CNY",
        "/explore?q=投资",
        "/metrics/investment",
        "/districts/锦江区",
    ];
    Console.WriteLine($"server render (GET, {runs} runs after 3 warm-ups):");
    foreach (var page in pages)
    {
        var latency = new Latency("GET " + page);
        for (var i = 0; i < runs + 3; i++)
        {
            if (i < 3)
            {
                (await http.GetAsync(page)).EnsureSuccessStatusCode();
                continue;
            }
            await latency.MeasureAsync(async () => (await http.GetAsync(page)).EnsureSuccessStatusCode());
        }
        Console.WriteLine("  " + latency);
    }
}

// From the moment the URL's filters change in a live circuit to the moment the overview shows data
// loaded for them and its charts are drawn again; after one unmeasured round of the filters.
static async Task MeasureRedrawAsync(Uri baseAddress, int runs)
{
    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserEnvironment.ChromiumPath, Headless = true, Args = BrowserEnvironment.ChromiumArgs });
    var page = await browser.NewPageAsync(new() { BaseURL = baseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
    await page.GotoAsync("/");
    await page.Locator("[data-testid=circuit][data-interactive=yes]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
    string[] filters = ["?district=%E9%94%A6%E6%B1%9F%E5%8C%BA", "?sector=finance", "?district=%E6%88%90%E9%83%BD%E5%B8%82", ""];
    var latencies = filters.ToDictionary(f => f, f => new Latency("filter change → overview redrawn " + (f.Length == 0 ? "(none)" : Uri.UnescapeDataString(f))));
    // One round unmeasured first, as the GETs have their warm-ups: the circuit's first filter change
    // also compiles the code paths of every later one.
    for (var i = -filters.Length; i < runs * filters.Length; i++)
    {
        var query = filters[(i + filters.Length) % filters.Length];
        var latency = i < 0 ? new Latency("warm-up") : latencies[query];
        await latency.MeasureAsync(async () =>
        {
            await page.EvaluateAsync("url => Blazor.navigateTo(url)", "/" + query);
            await page.Locator($"[data-testid=page-loaded][data-key=\"{query}\"]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
            // The charts are drawn after the render that carries the new data: wait until every chart
            // shows the options version that render named, then for the frame that paints it.
            await page.WaitForFunctionAsync(
                "() => [...document.querySelectorAll('.md-chart[data-version]')].every(c => c.dataset.drawn === c.dataset.version)",
                null, new() { Timeout = 120_000, PollingInterval = 5 });
            await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        });
    }
    Console.WriteLine("browser:");
    foreach (var latency in latencies.Values)
    {
        Console.WriteLine("  " + latency);
    }
}

// From the moment the explorer's search changes in a live circuit to the moment its grid shows the
// page and total loaded for it: the query the explorer really runs (ListAsync: a page of 25 and the
// total), plus rendering. Terms alternate so that each run loads anew.
static async Task MeasureExplorerSearchAsync(Uri baseAddress, int runs)
{
    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserEnvironment.ChromiumPath, Headless = true, Args = BrowserEnvironment.ChromiumArgs });
    var page = await browser.NewPageAsync(new() { BaseURL = baseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
    await page.GotoAsync("/explore");
    await page.Locator("[data-testid=circuit][data-interactive=yes]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
    string[] terms = ["投资", "零售额", "亿", "锦江区新增"];
    var latencies = terms.ToDictionary(t => t, t => new Latency("explorer search → grid shown ?q=" + t));
    for (var i = -terms.Length; i < runs * terms.Length; i++)
    {
        var term = terms[(i + terms.Length) % terms.Length];
        var query = "?q=" + Uri.EscapeDataString(term);
        var latency = i < 0 ? new Latency("warm-up") : latencies[term];
        await latency.MeasureAsync(async () =>
        {
            await page.EvaluateAsync("url => Blazor.navigateTo(url)", "/explore" + query);
            await page.Locator($"[data-testid=page-loaded][data-key=\"{query}\"]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
            await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        });
    }
    Console.WriteLine("browser, explorer:");
    foreach (var latency in latencies.Values)
    {
        Console.WriteLine("  " + latency);
    }
}

int IntArg(string name, int fallback) =>
    StringArg(name) is { } text ? int.Parse(text.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

string? StringArg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
