using MetricsDashboard.Data.Import;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Cli.Commands;

/// <summary><c>reextract [--db path] [--all]</c>: re-runs extraction over stored documents.</summary>
internal static class ReextractCommand
{
    public const string Usage = "reextract [--db path] [--all]     re-extract documents of another extractor version (or all)";

    public static async Task<int> RunAsync(CliContext context, IEnumerable<string> args, CancellationToken ct)
    {
        var parsed = CliArguments.Parse(args, ["db"], ["all"]);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"reextract takes no file arguments: {parsed.Positionals[0]}");
        }
        await using var provider = await context.OpenDatabaseAsync(parsed.Single("db"), ct, extracts: true);
        var report = await provider.GetRequiredService<IIndicatorImportService>().ReextractAsync(parsed.Has("all"), null, ct);
        await context.Out.WriteAsync(report.ToText());
        return report.Failed == 0 ? ExitCodes.Ok : ExitCodes.PartialFailure;
    }
}
