using System.Diagnostics;
using System.Globalization;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Data.Synthetic;
using MetricsDashboard.Extraction.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MetricsDashboard.Cli.Commands;

/// <summary>
/// <c>bench-store [--count N] [--db path|Npgsql string] [--compare] [--runs R] [--keep] [--only text]...</c>:
/// generates N synthetic indicators into a fresh database and times the dashboard's typical queries
/// (those whose name contains one of the <c>--only</c> texts, when given). With a
/// PostgreSQL <c>--db</c> and <c>--compare</c>, the same on a fresh SQLite file first, and both
/// columns side by side. Prints figures, asserts nothing.
/// </summary>
internal static class BenchStoreCommand
{
    public const string Usage = "bench-store [--count 1000000] [--db path|\"Host=…;Database=…\"] [--compare] [--runs 30] [--keep] [--only text]...   load a fresh database, time typical queries";

    private const int WarmUpRuns = 3;

    public static async Task<int> RunAsync(CliContext context, IEnumerable<string> args, CancellationToken ct)
    {
        var parsed = CliArguments.Parse(args, ["db", "count", "runs", "only"], ["keep", "compare"]);
        var only = parsed.All("only");
        var count = GenerateCommand.ParseCount(parsed.Single("count") ?? "1000000");
        var runs = GenerateCommand.ParseCount(parsed.Single("runs") ?? "30");
        var folder = Path.Combine(Path.GetTempPath(), $"metricsdashboard-bench-{Guid.NewGuid():N}");
        var sqlitePath = Path.Combine(folder, "bench.db");
        var named = parsed.Single("db");
        var target = DatabaseLocation.Classify(named ?? sqlitePath);
        if (!target.IsPostgreSql && named is not null && File.Exists(named))
        {
            throw new UsageException($"{named} exists; bench-store needs a fresh database");
        }
        if (parsed.Has("compare") && !target.IsPostgreSql)
        {
            throw new UsageException("--compare needs a PostgreSQL --db (\"Host=…;Database=…\"); SQLite is the other column");
        }
        try
        {
            var results = new List<BenchResult>();
            if (parsed.Has("compare"))
            {
                results.Add(await BenchAsync(context, DatabaseLocation.Classify(sqlitePath), count, runs, only, ct));
            }
            results.Add(await BenchAsync(context, target, count, runs, only, ct));
            await PrintAsync(context.Out, count, runs, results);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            if (!parsed.Has("keep"))
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
                if (target.IsPostgreSql)
                {
                    await PostgresDatabases.DropAsync(target.ConnectionString, ct);
                }
            }
        }
        return ExitCodes.Ok;
    }

    private sealed record BenchResult(DatabaseTarget Target, double LoadSeconds, SyntheticLoadReport Load, long SizeBytes, List<(string Name, double P50, double P95, double Max, int Rows)> Cases);

    private static async Task<BenchResult> BenchAsync(CliContext context, DatabaseTarget target, int count, int runs, IReadOnlyList<string> only, CancellationToken ct)
    {
        if (target.IsPostgreSql && await PostgresDatabases.ExistsAsync(target.ConnectionString, ct))
        {
            throw new UsageException($"{target.Describe()} exists; bench-store needs a fresh database (it drops it at the end unless --keep)");
        }
        var watchStart = Stopwatch.StartNew();
        await using var provider = await context.OpenDatabaseAsync(target.ConnectionString, ct);
        var migrateSeconds = watchStart.Elapsed.TotalSeconds;
        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{target.Describe()}: created and migrated in {migrateSeconds:0.0} s; loading {count:N0} indicators…"));
        var watch = Stopwatch.StartNew();
        var load = SyntheticDataGenerator.Generate(target, count);
        var loadSeconds = watch.Elapsed.TotalSeconds;
        var size = await SizeAsync(target, ct);
        var queries = provider.GetRequiredService<IIndicatorQueryService>();
        var facts = provider.GetRequiredService<IFactQueryService>();
        var cases = new List<(string, double, double, double, int)>();
        foreach (var (name, run) in Cases(queries).Concat(FactCases(facts)).Where(c => only.Count == 0 || only.Any(o => c.Name.Contains(o, StringComparison.Ordinal))))
        {
            var (p50, p95, max, rows) = await MeasureAsync(run, runs, ct);
            cases.Add((name, p50, p95, max, rows));
        }
        return new BenchResult(target, loadSeconds, load, size, cases);
    }

    private static async Task PrintAsync(TextWriter output, int count, int runs, List<BenchResult> results)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var r in results)
        {
            await output.WriteLineAsync(string.Create(inv, $"Database: {r.Target.Describe()}"));
            await output.WriteLineAsync(string.Create(inv, $"Import: {count:N0} indicators in {r.LoadSeconds:0.0} s ({count / r.LoadSeconds:N0} rows/s, bulk path, indexes + ANALYZE included)"));
            await output.WriteLineAsync(string.Create(inv, $"  of which mentions {r.Load.Mentions.TotalSeconds:0.0} s, facts {r.Load.Facts.TotalSeconds:0.0} s ({r.Load.FactsMade:N0} facts, ANALYZE included)"));
            await output.WriteLineAsync(string.Create(inv, $"Size: {r.SizeBytes / 1024.0 / 1024.0:0.0} MB ({(double)r.SizeBytes / Math.Max(count, 1):0} bytes per indicator)"));
        }
        await output.WriteLineAsync(string.Create(inv, $"Latency over {runs} runs after {WarmUpRuns} warm-up runs, milliseconds:"));
        var header = new System.Text.StringBuilder($"{"query",-44}");
        foreach (var r in results)
        {
            var tag = r.Target.IsPostgreSql ? "pg " : results.Count > 1 ? "sqlite " : "";
            header.Append(inv, $" {tag + "p50",10} {tag + "p95",10} {tag + "max",10}");
        }
        header.Append(inv, $" {"rows",9}");
        await output.WriteLineAsync(header.ToString());
        for (var i = 0; i < results[0].Cases.Count; i++)
        {
            var line = new System.Text.StringBuilder($"{results[0].Cases[i].Name,-44}");
            foreach (var r in results)
            {
                var c = r.Cases[i];
                line.Append(inv, $" {c.P50,10:0.0} {c.P95,10:0.0} {c.Max,10:0.0}");
            }
            line.Append(inv, $" {results[^1].Cases[i].Rows,9:N0}");
            await output.WriteLineAsync(line.ToString());
        }
        foreach (var r in results)
        {
            var slowest = r.Cases.Max(c => c.P95);
            await output.WriteLineAsync(string.Create(inv, $"{(r.Target.IsPostgreSql ? "PostgreSQL" : "SQLite")}: slowest p95 {slowest:0.0} ms (target < 50 ms); import {r.LoadSeconds:0.0} s (target < 60 s)"));
        }
    }

    // SQLite: the file after a checkpoint; PostgreSQL: the database as the server reports it.
    private static async Task<long> SizeAsync(DatabaseTarget target, CancellationToken ct)
    {
        await using var connection = SqlDialect.Connect(target);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        if (target.IsPostgreSql)
        {
            command.CommandText = "SELECT pg_database_size(current_database())";
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await command.ExecuteNonQueryAsync(ct);
        return new FileInfo(new SqliteConnectionStringBuilder(target.ConnectionString).DataSource).Length;
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
        // The explorer's free text (/explore?q=…: a page and its total, the query the grid runs) over everything.
        foreach (var term in new[] { "投资", "零售额", "锦江区新增", "GDP", "亿" })
        {
            yield return ($"text search {term} [all]", async ct => (await q.ListAsync(none with { Text = term }, IndicatorSort.PublishedOn, true, 0, 50, ct)).Total);
        }
        // The overview under a search (/?q=…): its summary, counts and heatmap read every matching row.
        foreach (var term in new[] { "投资", "亿" })
        {
            var search = none with { Text = term };
            yield return ($"text search overview summary {term} [all]", async ct => (await q.GetSummaryAsync(search, ct)).Indicators);
            yield return ($"text search overview count by District {term} [all]", async ct => (await q.CountByAsync(search, IndicatorGrouping.District, ct)).Count);
            yield return ($"text search overview heatmap {term} [all]", async ct => (await q.HeatmapAsync(search, ct)).Count);
            // What the overview reads instead of the five above: one pass over the matching rows.
            yield return ($"text search overview coverage {term} [all]", async ct => (await q.GetCoverageAsync(search, ct)).Summary.Indicators);
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
            ("actual", new IndicatorFilter { Kinds = [IndicatorKind.Actual] }),
            ("actual+CNY", new IndicatorFilter { Kinds = [IndicatorKind.Actual], Units = [CanonicalUnit.Cny] }),
            ("锦江区+2024+actual", new IndicatorFilter { Districts = ["锦江区"], From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31), Kinds = [IndicatorKind.Actual] }),
            ("成都市+sector", new IndicatorFilter { Districts = ["成都市"], Sectors = ["consumption_commerce"] }),
            ("investment+actual", new IndicatorFilter { Metrics = ["investment"], Kinds = [IndicatorKind.Actual] }),
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
}
