using System.Globalization;
using MetricsDashboard.Cli.Output;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Exports;
using MetricsDashboard.Exports.Indicators;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Cli.Commands;

/// <summary>
/// <c>export [--db path] [--format csv|json|xlsx] [--output file] [--lang zh|en] [filters]</c>: writes
/// indicator rows through the same writers as <c>/api/indicators</c>, so the files are the same
/// (23 columns: the contract's fields, the source article, the review status; CRLF, BOM, formula-like text neutralised), streamed from the database.
/// </summary>
internal static class ExportCommand
{
    public const string Usage = "export [--db path] [--format csv|json|xlsx] [--output file] [--lang zh|en] [--district X]... [--sector Y]... [--metric M]... [--unit U]... [--kind K]... [--from yyyy-MM[-dd]] [--to yyyy-MM[-dd]] [--text T]";

    /// <summary>The command line's name for the free-text filter (the URL's <c>q</c>).</summary>
    private const string TextOption = "text";

    public static async Task<int> RunAsync(CliContext context, IEnumerable<string> args, CancellationToken ct)
    {
        var parsed = CliArguments.Parse(args, ["db", "format", "output", "lang", .. FilterKeys.All, TextOption], []);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"export takes no positional arguments: {parsed.Positionals[0]}");
        }
        var formatName = parsed.Single("format") ?? "csv";
        var format = ExportFormat.Find(formatName) ?? throw new UsageException($"unknown format '{formatName}' ({string.Join(", ", ExportFormat.All.Select(f => f.Name))})");
        var output = parsed.Single("output");
        if (format == ExportFormat.Xlsx && output is null)
        {
            throw new UsageException("xlsx is a binary file: give --output file.xlsx");
        }
        var culture = parsed.Single("lang") switch
        {
            null or "zh" => CultureInfo.GetCultureInfo("zh-CN"),
            "en" => CultureInfo.GetCultureInfo("en"),
            var other => throw new UsageException($"unknown language '{other}' (zh or en)"),
        };
        // The filter options are the dashboard's URL keys, read by the same code (--text or --q for q).
        var filter = FilterKeys.Read(key => key == FilterKeys.Text ? [.. parsed.All(TextOption), .. parsed.All(key)] : parsed.All(key), out var problems);
        if (problems.Count > 0)
        {
            throw new UsageException(string.Join(" ", problems));
        }
        await using var provider = await context.OpenDatabaseAsync(parsed.Single("db"), ct);
        var queries = provider.GetRequiredService<IIndicatorQueryService>();
        // The command line has no row cap: it is the way to get everything.
        var table = await IndicatorExport.CreateAsync(queries, filter, int.MaxValue, culture, TimeProvider.System.GetLocalNow(), ct);
        var written = 0;
        table = table with { Rows = Counted(table.Rows, () => written++) };
        await using (Stream stream = output is null ? new TextWriterStream(context.Out) : File.Create(output))
        {
            await format.WriteAsync(table, stream, ct);
        }
        if (output is not null)
        {
            await context.Error.WriteLineAsync($"{written} indicators written to {output}");
        }
        return ExitCodes.Ok;
    }

    private static async IAsyncEnumerable<object?[]> Counted(IAsyncEnumerable<object?[]> rows, Action count)
    {
        await foreach (var row in rows)
        {
            count();
            yield return row;
        }
    }
}
