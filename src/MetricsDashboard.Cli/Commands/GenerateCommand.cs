using System.Diagnostics;
using System.Globalization;
using MetricsDashboard.Data.Synthetic;

namespace MetricsDashboard.Cli.Commands;

/// <summary><c>generate --count N [--db path]</c>: appends deterministic synthetic indicators through the bulk path.</summary>
internal static class GenerateCommand
{
    public const string Usage = "generate --count N [--db path] [--seed S]   add N synthetic indicators (all areas, sectors, metrics, 2020-2024)";

    public static async Task<int> RunAsync(CliContext context, IEnumerable<string> args, CancellationToken ct)
    {
        var parsed = CliArguments.Parse(args, ["db", "count", "seed"], []);
        var count = ParseCount(parsed.Single("count") ?? throw new UsageException("generate needs --count N"));
        var seed = parsed.Single("seed") is { } s ? ParseCount(s) : 20240110;
        var db = parsed.Single("db");
        await (await context.OpenDatabaseAsync(db, ct)).DisposeAsync();
        var watch = Stopwatch.StartNew();
        SyntheticDataGenerator.Generate(context.Database(db), count, seed);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{count:N0} synthetic indicators added in {watch.Elapsed.TotalSeconds:0.0} s"));
        return ExitCodes.Ok;
    }

    internal static int ParseCount(string text) =>
        int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new UsageException($"not a positive whole number: {text}");
}
