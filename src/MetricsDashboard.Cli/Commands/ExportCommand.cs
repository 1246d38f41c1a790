using System.Globalization;
using System.Text;
using MetricsDashboard.Cli.Output;
using MetricsDashboard.Data.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Cli.Commands;

/// <summary><c>export [--db path] [--format csv|json] [--district X]… [--sector Y]…</c>: writes indicator rows.</summary>
internal static class ExportCommand
{
    public const string Usage = "export [--db path] [--format csv|json] [--output file] [--district X]... [--sector Y]... [--metric M]... [--unit U]... [--kind K]... [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--text T]";

    public static async Task<int> RunAsync(CliContext context, IEnumerable<string> args, CancellationToken ct)
    {
        var parsed = CliArguments.Parse(args, ["db", "format", "output", "district", "sector", "metric", "unit", "kind", "from", "to", "text"], []);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"export takes no positional arguments: {parsed.Positionals[0]}");
        }
        var format = parsed.Single("format") ?? "csv";
        if (format is not ("csv" or "json"))
        {
            throw new UsageException($"unknown format '{format}' (csv or json)");
        }
        var filter = new IndicatorFilter
        {
            Districts = parsed.All("district"),
            Sectors = parsed.All("sector"),
            Metrics = parsed.All("metric"),
            Units = parsed.All("unit"),
            Kinds = parsed.All("kind"),
            From = Date(parsed.Single("from")),
            To = Date(parsed.Single("to")),
            Text = parsed.Single("text"),
        };
        await using var provider = await context.OpenDatabaseAsync(parsed.Single("db"), ct);
        var rows = await provider.GetRequiredService<IIndicatorQueryService>().ListAllAsync(filter, int.MaxValue, ct);
        var output = parsed.Single("output");
        // A file gets a BOM in CSV so that spreadsheet programs read the Chinese as UTF-8.
        await using var file = output is null ? null : new StreamWriter(output, false, new UTF8Encoding(format == "csv"));
        var writer = file ?? context.Out;
        if (format == "csv")
        {
            if (file is null)
            {
                await writer.WriteAsync('\uFEFF');
            }
            await writer.WriteLineAsync(IndicatorCsv.HeaderLine);
            foreach (var row in rows)
            {
                await writer.WriteLineAsync(IndicatorCsv.ToLine(row));
            }
        }
        else
        {
            foreach (var row in rows)
            {
                await writer.WriteLineAsync(IndicatorJsonLines.ToLine(row));
            }
        }
        if (output is not null)
        {
            await context.Error.WriteLineAsync($"{rows.Count} indicators written to {output}");
        }
        return ExitCodes.Ok;
    }

    private static DateOnly? Date(string? text) => text is null
        ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new UsageException($"not a yyyy-MM-dd date: {text}");
}
