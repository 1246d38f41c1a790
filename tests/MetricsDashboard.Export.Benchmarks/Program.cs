using System.Diagnostics;
using System.Globalization;
using MetricsDashboard.Data;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Synthetic;
using MetricsDashboard.E2E.Support;
using MetricsDashboard.Export.Benchmarks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// The server's memory while many clients download every indicator at once (issue 11: 20 concurrent
// /api/indicators?format=json of 107,881 figures took the server from 0.5 to 5.4 GB). Runs the web
// app as a process over a synthetic database, once with every export admitted at once and once with
// the default cap (refused clients retry after Retry-After), and prints its peak RSS and the time
// per export. Usage:
// dotnet run -c Release --project tests/MetricsDashboard.Export.Benchmarks -- [--count N] [--clients N] [--format json|csv|xlsx] [--db path]

var count = IntArg("--count", 110_000);
var clients = IntArg("--clients", 20);
var format = StringArg("--format") ?? "json";
var dbArg = StringArg("--db");
var folder = Path.Combine(Path.GetTempPath(), "md-export-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
var dbPath = dbArg ?? Path.Combine(folder, "bench.db");

try
{
    if (dbArg is null || !File.Exists(dbPath))
    {
        await CreateDatabaseAsync(dbPath, count);
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"database {dbPath}: {new FileInfo(dbPath).Length / 1048576.0:0.0} MB"));
    // Every export admitted at once: what streaming alone does to memory.
    await RunScenarioAsync(dbPath, clients, format, maxConcurrent: clients);
    // The shipped cap: the rest wait for a slot.
    await RunScenarioAsync(dbPath, clients, format, maxConcurrent: null);
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

static async Task RunScenarioAsync(string dbPath, int clients, string format, int? maxConcurrent)
{
    var environment = new Dictionary<string, string>
    {
        [DatabaseLocation.EnvironmentVariable] = dbPath,
        ["ConnectionStrings__Default"] = $"Data Source={dbPath}",
        // The benchmark is one client address making every request: it measures exports, not the budget.
        ["RateLimiting__Api__PermitLimit"] = "100000",
        ["Logging__LogLevel__Default"] = "Warning",
    };
    if (maxConcurrent is { } cap)
    {
        environment["Exports__MaxConcurrent"] = cap.ToString(CultureInfo.InvariantCulture);
    }
    await using var server = await DashboardServer.StartAsync(environment);
    using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
    // One warm-up export so that the figures are about exports, not about JIT and first queries.
    var alone = await new ExportClient(http).DownloadAsync($"/api/indicators?format={format}", CancellationToken.None);
    var (idle, _) = ProcessMemory.Read(server.ProcessId);

    var sampledPeak = 0L;
    using var stop = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested)
        {
            sampledPeak = Math.Max(sampledPeak, ProcessMemory.Read(server.ProcessId).RssKb);
            await Task.Delay(50);
        }
    });
    var wall = Stopwatch.StartNew();
    ExportRun[] runs;
    try
    {
        runs = await Task.WhenAll(Enumerable.Range(0, clients)
            .Select(_ => new ExportClient(http).DownloadAsync($"/api/indicators?format={format}", CancellationToken.None)));
    }
    catch (Exception e) when (e is HttpRequestException or IOException)
    {
        // The server's side of a broken download is in its log.
        Console.WriteLine(string.Join('\n', server.Log.Split('\n').TakeLast(60)));
        throw;
    }
    wall.Stop();
    await stop.CancelAsync();
    await sampler;
    var (after, highWater) = ProcessMemory.Read(server.ProcessId);

    var seconds = runs.Select(r => r.Elapsed.TotalSeconds).Order().ToArray();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"""
        {clients} concurrent {format} exports, cap {(maxConcurrent?.ToString(CultureInfo.InvariantCulture) ?? "default")}:
          one export alone (warm-up): {alone.Elapsed.TotalSeconds:0.0} s, {alone.Bytes / 1048576.0:0.0} MB
          server RSS idle (after the warm-up) {ProcessMemory.Megabytes(idle)}, peak VmHWM {ProcessMemory.Megabytes(highWater)}, sampled peak {ProcessMemory.Megabytes(sampledPeak)}, after {ProcessMemory.Megabytes(after)}
          per export: {runs[0].Bytes / 1048576.0:0.0} MB, {seconds[0]:0.0} s min, {seconds[seconds.Length / 2]:0.0} s median, {seconds[^1]:0.0} s max (refused and retried {runs.Sum(r => r.Refusals)} times)
          all {clients}: {wall.Elapsed.TotalSeconds:0.0} s wall, {seconds.Sum() / clients:0.0} s per export on average
        """));
}

int IntArg(string name, int fallback) =>
    StringArg(name) is { } text ? int.Parse(text.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

string? StringArg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
