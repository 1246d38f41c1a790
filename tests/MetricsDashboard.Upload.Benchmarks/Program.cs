using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using MetricsDashboard.E2E.Support;
using MetricsDashboard.Export.Benchmarks;
using Microsoft.Playwright;

// The server's memory while an administrator uploads through /import (issue 11: one 19 MB upload
// added ~160 MB that was never released; a batch of ten peaked at 720 MB). Each scenario runs on a
// fresh server process: one 19 MB file, then ten 4 MB files in one batch. Prints RSS when idle
// (signed in, on the page), the kernel's high-water mark (VmHWM) during the upload and import, RSS
// when the report is shown, and RSS 15 s after the page is closed. Files are built from the seed
// articles, each with its own first line so no two share content. Usage:
// dotnet run -c Release --project tests/MetricsDashboard.Upload.Benchmarks
// (METRICSDASHBOARD_WEB_BIN=<bin dir of another build> measures that build instead.)

const string Password = "upload-bench-Secret-1";
var seedsDir = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SeedsDir").Value!;
var folder = Path.Combine(Path.GetTempPath(), "md-upload-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
try
{
    var seedText = string.Join("\n\n", Directory.EnumerateFiles(seedsDir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
    var big = WriteFile(folder, "big-19mb.txt", seedText, 19 * 1024 * 1024, 0);
    var batch = Enumerable.Range(1, 10).Select(i => WriteFile(folder, $"batch-{i:00}.txt", seedText, 4 * 1024 * 1024, i)).ToArray();
    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = BrowserEnvironment.ChromiumPath,
        Args = BrowserEnvironment.ChromiumArgs,
        Headless = true,
    });
    await RunScenarioAsync(browser, "one 19 MB file", [big]);
    await RunScenarioAsync(browser, "a batch of ten 4 MB files", batch);
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static string WriteFile(string folder, string name, string seedText, int bytes, int variant)
{
    var path = Path.Combine(folder, name);
    using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
    writer.Write(string.Create(CultureInfo.InvariantCulture, $"上传基准文件 {variant}\n\n"));
    var written = 0L;
    while (written < bytes - 200_000)
    {
        writer.Write(seedText);
        writer.Write("\n\n");
        written += Encoding.UTF8.GetByteCount(seedText) + 2;
    }
    return path;
}

static async Task RunScenarioAsync(IBrowser browser, string title, string[] files)
{
    var environment = new Dictionary<string, string>
    {
        ["Admin__Password"] = Password,
        ["Logging__LogLevel__Default"] = "Warning",
    };
    await using var server = await DashboardServer.StartAsync(environment);
    var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString() });
    var page = await context.NewPageAsync();
    await page.GotoAsync("/account/login?ReturnUrl=%2Fimport");
    await page.Locator("[data-testid=login-password]").FillAsync(Password);
    await page.Locator("[data-testid=login-submit]").ClickAsync();
    await page.Locator("[data-testid=drop-zone]").WaitForAsync();
    await Task.Delay(2000);
    var (idle, _) = ProcessMemory.Read(server.ProcessId);

    var watch = Stopwatch.StartNew();
    await page.Locator("[data-testid=file-input]").SetInputFilesAsync(files);
    await page.Locator("[data-testid=pending-file]").Nth(files.Length - 1).WaitForAsync(new() { Timeout = 600_000 });
    var chosen = watch.Elapsed;
    await page.Locator("[data-testid=start-import]").ClickAsync();
    await page.Locator("[data-testid=import-file]").Nth(files.Length - 1).WaitForAsync(new() { Timeout = 600_000 });
    var imported = watch.Elapsed;
    var (shown, peak) = ProcessMemory.Read(server.ProcessId);
    var statuses = await page.Locator("[data-testid=import-file]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.getAttribute('data-status'))");

    await context.CloseAsync();
    await Task.Delay(15_000);
    var (released, _) = ProcessMemory.Read(server.ProcessId);
    var megabytes = files.Sum(f => new FileInfo(f).Length) / 1048576.0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"""
        {title} ({megabytes:0.0} MB; {string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Count()} {g.Key}"))}):
          chosen in {chosen.TotalSeconds:0.0} s, imported by {imported.TotalSeconds:0.0} s
          server RSS idle {ProcessMemory.Megabytes(idle)}, peak VmHWM {ProcessMemory.Megabytes(peak)}, with the report shown {ProcessMemory.Megabytes(shown)}, 15 s after closing the page {ProcessMemory.Megabytes(released)}
        """));
}
