using MetricsDashboard.Data.Import;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Cli.Commands;

/// <summary><c>import &lt;file-or-folder&gt; [--db path]</c>: stores files and prints the run report.</summary>
internal static class ImportCommand
{
    public const string Usage = "import <file-or-folder>... [--db path]   import into the database, print the run report";

    public static async Task<int> RunAsync(CliContext context, IEnumerable<string> args, CancellationToken ct)
    {
        var parsed = CliArguments.Parse(args, ["db"], []);
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("import needs a file or folder");
        }
        foreach (var target in parsed.Positionals.Where(t => !File.Exists(t) && !Directory.Exists(t)))
        {
            await context.Error.WriteLineAsync($"error: no such file or folder: {target}");
            return ExitCodes.Error;
        }
        await using var provider = await context.OpenDatabaseAsync(parsed.Single("db"), ct);
        var importer = provider.GetRequiredService<IIndicatorImportService>();
        var failed = 0;
        foreach (var target in parsed.Positionals)
        {
            var report = await importer.ImportPathAsync(target, new ImportOptions { Trigger = ImportTrigger.Cli }, null, ct);
            await context.Out.WriteAsync(report.ToText());
            failed += report.Failed;
        }
        return failed == 0 ? ExitCodes.Ok : ExitCodes.PartialFailure;
    }
}
