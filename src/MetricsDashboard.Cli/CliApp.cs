using MetricsDashboard.Cli.Commands;
using MetricsDashboard.Extraction;
using Microsoft.Extensions.Configuration;

namespace MetricsDashboard.Cli;

/// <summary>The <c>metricsdashboard</c> command line: parses the command, runs it, maps failures to exit codes.</summary>
internal sealed class CliApp(TextWriter stdout, TextWriter stderr, IConfiguration configuration, Func<IIndicatorExtractor> extractorFactory, Stream? stdoutBytes = null)
{
    public static readonly string Help = $"""
        metricsdashboard — extract, store and query numeric indicators of Chengdu news articles

        Usage: metricsdashboard <command> [arguments]

        Commands:
          extract <file-or-folder>...      print one JSON object per indicator (INDICATORS.md fields)
          import <file-or-folder>... [--db path] [--progress]   import .txt/.md/.html files (with <file>.meta.json sidecars), print
                                           the run report; progress on stderr (on a terminal, or with --progress)
          export [--db path] [--format csv|json|xlsx] [--output file] [--lang zh|en] [--district X]... [--sector Y]...
                 [--metric M]... [--unit U]... [--kind K]... [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--text T]
                                           write the indicator rows: the same files as /api/indicators (CSV: UTF-8
                                           with BOM, CRLF, INDICATORS.md header; xlsx needs --output; --lang names
                                           the workbook's headers and labels)
          reextract [--db path] [--all]     re-extract stored documents of another extractor version (or all)
          generate --count N [--db path] [--seed S]   add N deterministic synthetic indicators through the bulk path
          bench-store [--count 1000000] [--db path] [--runs 30] [--keep]
                                           load a fresh database and time the dashboard's typical queries
        {ReviewCommand.Usage}
          help                             this text

        Database: --db <path> > environment METRICSDASHBOARD_DB > appsettings.json (ConnectionStrings:Default,
        Database:Path) > <program folder>/App_Data/metricsdashboard.db.

        Exit codes: 0 success, 1 some inputs failed (the others were processed), 2 wrong command line, 3 error.
        """;

    public async Task<int> RunAsync(string[] args, CancellationToken ct = default)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            await (args.Length == 0 ? stderr : stdout).WriteLineAsync(Help);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }
        var context = new CliContext(stdout, stderr, configuration, extractorFactory, stdoutBytes);
        var rest = args.Skip(1).ToArray();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            await stdout.WriteLineAsync(Help);
            return ExitCodes.Ok;
        }
        try
        {
            return args[0] switch
            {
                "extract" => await ExtractCommand.RunAsync(context.Out, context.Error, context.OutBytes, context.CreateExtractor, rest, ct),
                "import" => await ImportCommand.RunAsync(context, rest, ct),
                "export" => await ExportCommand.RunAsync(context, rest, ct),
                "reextract" => await ReextractCommand.RunAsync(context, rest, ct),
                "generate" => await GenerateCommand.RunAsync(context, rest, ct),
                "bench-store" => await BenchStoreCommand.RunAsync(context, rest, ct),
                "review" => await ReviewCommand.RunAsync(context, rest, ct),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            await stderr.WriteLineAsync("Run 'metricsdashboard --help' for usage.");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("cancelled");
            return ExitCodes.Error;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException or InvalidOperationException or ArgumentException)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.Error;
        }
    }
}
