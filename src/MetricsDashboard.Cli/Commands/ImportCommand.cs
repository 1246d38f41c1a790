using System.Globalization;
using MetricsDashboard.Cli.Output;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Cli.Commands;

/// <summary>
/// <c>import &lt;file-or-folder&gt; [--db path] [--progress]</c>: stores files and prints the run report.
/// Progress goes to standard error on a terminal (or always with <c>--progress</c>). A run that was
/// killed is marked interrupted first; what it committed is skipped by content hash.
/// </summary>
internal static class ImportCommand
{
    public const string Usage = "import <file-or-folder>... [--db path] [--progress]   import into the database, print the run report";

    public static async Task<int> RunAsync(CliContext context, IEnumerable<string> args, CancellationToken ct)
    {
        var parsed = CliArguments.Parse(args, ["db"], ["progress"]);
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("import needs a file or folder");
        }
        foreach (var target in parsed.Positionals.Where(t => !File.Exists(t) && !Directory.Exists(t)))
        {
            await context.Error.WriteLineAsync($"error: no such file or folder: {target}");
            return ExitCodes.Error;
        }
        await using var provider = await context.OpenDatabaseAsync(parsed.Single("db"), ct, extracts: true);
        var interrupted = await InterruptedRunRecovery.MarkInterruptedAsync(provider.GetRequiredService<IDbContextFactory<MetricsDbContext>>(), DateTime.UtcNow, ct);
        if (interrupted > 0)
        {
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{interrupted} interrupted import run(s) marked; files they stored are skipped"));
        }
        var importer = provider.GetRequiredService<IIndicatorImportService>();
        var failed = 0;
        foreach (var target in parsed.Positionals)
        {
            var line = parsed.Has("progress") || context.ErrorIsTerminal ? new ImportProgressLine(context.Error, inPlace: context.ErrorIsTerminal) : null;
            var report = await importer.ImportPathAsync(target, new ImportOptions { Trigger = ImportTrigger.Cli }, line, ct);
            line?.Finish();
            await context.Out.WriteAsync(report.ToText());
            var alreadyStored = report.Files.Count(f => f.Reason is ImportFileReason.AlreadyStored or ImportFileReason.SameContentStored);
            if (alreadyStored > 0)
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{alreadyStored} files skipped: already stored"));
            }
            failed += report.Failed;
        }
        if (ImportPhaseTimer.Current is { } phases)
        {
            foreach (var line in phases.Lines())
            {
                await context.Error.WriteLineAsync(line);
            }
        }
        return failed == 0 ? ExitCodes.Ok : ExitCodes.PartialFailure;
    }
}
