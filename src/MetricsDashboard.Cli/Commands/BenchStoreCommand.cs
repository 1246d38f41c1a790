using System.Diagnostics;
using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Data.Synthetic;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Cli.Commands;

/// <summary>
/// <c>bench-store [--count N] [--db path] [--runs R] [--keep] [--only text]...</c>: generates N synthetic
/// indicators into a fresh database and times the dashboard's typical queries (those whose name
/// contains one of the <c>--only</c> texts, when given). Prints figures, asserts nothing.
/// </summary>
internal static class BenchStoreCommand
{
    public const string Usage = "bench-store [--count 1000000] [--db path] [--runs 30] [--keep] [--only text]...   load a fresh database, time typical queries";

    private const int WarmUpRuns = 3;

    public static async Task<int> RunAsync(CliContext context, IEnumerable<string> args, CancellationToken ct)
    {
        var parsed = CliArguments.Parse(args, ["db", "count", "runs", "only"], ["keep"]);
        var only = parsed.All("only");
        var count = GenerateCommand.ParseCount(parsed.Single("count") ?? "1000000");
        var runs = GenerateCommand.ParseCount(parsed.Single("runs") ?? "30");
        var folder = Path.Combine(Path.GetTempPath(), $"metricsdashboard-bench-{Guid.NewGuid():N}");
        var path = parsed.Single("db") ?? Path.Combine(folder, "bench.db");
        if (File.Exists(path))
        {
            throw new UsageException($"{path} exists; bench-store needs a fresh database");
        }
        var inv = CultureInfo.InvariantCulture;
        try
        {
            await using var provider = await context.OpenDatabaseAsync(path, ct);
            var connectionString = context.ConnectionString(path);
            var watch = Stopwatch.StartNew();
            var load = SyntheticDataGenerator.Generate(connectionString, count);
            var loadSeconds = watch.Elapsed.TotalSeconds;
            Checkpoint(connectionString);
            var size = new FileInfo(path).Length;
            await context.Out.WriteLineAsync(string.Create(inv, $"Database: {path}"));
            await context.Out.WriteLineAsync(string.Create(inv, $"Import: {count:N0} indicators in {loadSeconds:0.0} s ({count / loadSeconds:N0} rows/s, bulk path, indexes + ANALYZE included)"));
            await context.Out.WriteLineAsync(string.Create(inv, $"  of which mentions {load.Mentions.TotalSeconds:0.0} s, facts {load.Facts.TotalSeconds:0.0} s ({load.FactsMade:N0} facts, ANALYZE included)"));
            await context.Out.WriteLineAsync(string.Create(inv, $"Size: {size / 1024.0 / 1024.0:0.0} MB ({(double)size / count:0} bytes per indicator)"));
            await context.Out.WriteLineAsync(string.Create(inv, $"Latency over {runs} runs after {WarmUpRuns} warm-up runs, milliseconds:"));
            await context.Out.WriteLineAsync($"{"query",-44} {"p50",8} {"p95",8} {"max",8} {"rows",9}");

            var queries = provider.GetRequiredService<IIndicatorQueryService>();
            var facts = provider.GetRequiredService<IFactQueryService>();
            var slowest = 0.0;
            foreach (var (name, run) in Cases(queries).Concat(FactCases(facts)).Where(c => only.Count == 0 || only.Any(o => c.Name.Contains(o, StringComparison.Ordinal))))
            {
                var (p50, p95, max, rows) = await MeasureAsync(run, runs, ct);
                slowest = Math.Max(slowest, p95);
                await context.Out.WriteLineAsync(string.Create(inv, $"{name,-44} {p50,8:0.0} {p95,8:0.0} {max,8:0.0} {rows,9:N0}"));
            }
            await context.Out.WriteLineAsync(string.Create(inv, $"Slowest p95: {slowest:0.0} ms (target < 50 ms); import {loadSeconds:0.0} s (target < 60 s)"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!parsed.Has("keep") && parsed.Single("db") is null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        return ExitCodes.Ok;
    }

    /// <summary>The dashboard's typical calls: each grouping with and without filters, summary, heatmap, largest amounts, list pages.</summary>
    private static IEnumerable<(string Name, Func<CancellationToken, Task<int>> Run)> Cases(IIndicatorQueryService q)
    {
        var none = new IndicatorFilter();
        var district = new IndicatorFilter { Districts = ["锦江区"], From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31) };
        var city = new IndicatorFilter { Districts = ["成都市"], Sectors = ["consumption_commerce"] };
        (string Name, IndicatorFilter Filter)[] filters = [("all", none), ("锦江区+2024", district), ("成都市+sector", city)];
        foreach (var (label, filter) in filters)
        {
            yield return ($"summary [{label}]", async ct => (await q.GetSummaryAsync(filter, ct)).Indicators);
        }
        foreach (var grouping in Enum.GetValues<IndicatorGrouping>())
        {
            foreach (var (label, filter) in filters)
            {
                yield return ($"count by {grouping} [{label}]", async ct => (await q.CountByAsync(filter, grouping, ct)).Count);
            }
        }
        foreach (var grouping in Enum.GetValues<IndicatorGrouping>())
        {
            foreach (var (label, filter) in filters)
            {
                yield return ($"sum by {grouping} [{label}]", async ct => (await q.SumByAsync(filter, grouping, ct)).Count);
            }
        }
        foreach (var (label, filter) in filters)
        {
            yield return ($"heatmap [{label}]", async ct => (await q.HeatmapAsync(filter, ct)).Count);
            yield return ($"largest amounts 10 [{label}]", async ct => (await q.LargestAmountsAsync(filter, 10, ct)).Count);
            yield return ($"list page 1 (50) [{label}]", async ct => (await q.ListAsync(filter, IndicatorSort.PublishedOn, true, 0, 50, ct)).Items.Count);
            yield return ($"list page 100 (50) [{label}]", async ct => (await q.ListAsync(filter, IndicatorSort.PublishedOn, true, 99 * 50, 50, ct)).Items.Count);
        }
        yield return ("articles [锦江区+2024]", async ct => (await q.ListArticlesAsync(district, ct)).Count);
        yield return ("text search 零售 [锦江区+2024]", async ct => (await q.ListAsync(district with { Text = "零售" }, IndicatorSort.PublishedOn, true, 0, 50, ct)).Total);
        // The explorer's free text (/explore?q=…: a page and its total) over everything; 亿 (one character) is scanned.
        foreach (var term in new[] { "投资", "零售额", "锦江区新增", "GDP", "亿" })
        {
            yield return ($"text search {term} [all]", async ct => (await q.ListAsync(none with { Text = term }, IndicatorSort.PublishedOn, true, 0, 50, ct)).Total);
        }
        // The overview filtered to the whole city (成都市 and its 23 districts, ~40% of the rows).
        var wholeCity = new IndicatorFilter { Districts = ["成都市"] };
        yield return ("summary [成都市]", async ct => (await q.GetSummaryAsync(wholeCity, ct)).Indicators);
        yield return ("count by District [成都市]", async ct => (await q.CountByAsync(wholeCity, IndicatorGrouping.District, ct)).Count);
        yield return ("heatmap [成都市]", async ct => (await q.HeatmapAsync(wholeCity, ct)).Count);
        yield return ("largest amounts 10 [成都市]", async ct => (await q.LargestAmountsAsync(wholeCity, 10, ct)).Count);
        yield return ("list page 1 (50) [成都市]", async ct => (await q.ListAsync(wholeCity, IndicatorSort.PublishedOn, true, 0, 50, ct)).Items.Count);
    }

    /// <summary>Sums of facts by area and by described period: no filter, then the filters pages use (kind actual by default).</summary>
    private static IEnumerable<(string Name, Func<CancellationToken, Task<int>> Run)> FactCases(IFactQueryService f)
    {
        (string Name, IndicatorFilter Filter)[] filters =
        [
            ("all", new IndicatorFilter()),
            ("actual", new IndicatorFilter { Kinds = ["actual"] }),
            ("actual+CNY", new IndicatorFilter { Kinds = ["actual"], Units = ["CNY"] }),
            ("锦江区+2024+actual", new IndicatorFilter { Districts = ["锦江区"], From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31), Kinds = ["actual"] }),
            ("成都市+sector", new IndicatorFilter { Districts = ["成都市"], Sectors = ["consumption_commerce"] }),
            ("investment+actual", new IndicatorFilter { Metrics = ["investment"], Kinds = ["actual"] }),
        ];
        foreach (var (label, filter) in filters)
        {
            yield return ($"facts sum by district [{label}]", async ct => (await f.SumByDistrictAsync(filter, ct)).Count);
        }
        foreach (var (label, filter) in filters)
        {
            yield return ($"facts sum by period [{label}]", async ct => (await f.SumByPeriodAsync(filter, ct)).Count);
        }
        yield return ("series retail_sales_total [all]", async ct => (await f.SeriesAsync("retail_sales_total", new IndicatorFilter(), ct))!.Points.Count);
    }

    private static async Task<(double P50, double P95, double Max, int Rows)> MeasureAsync(Func<CancellationToken, Task<int>> run, int runs, CancellationToken ct)
    {
        var rows = 0;
        for (var i = 0; i < WarmUpRuns; i++)
        {
            rows = await run(ct);
        }
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run(ct);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return (Percentile(times, 0.50), Percentile(times, 0.95), times[^1], rows);
    }

    // Nearest-rank percentile.
    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static void Checkpoint(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }
}
