using System.Text;
using MetricsDashboard.Cli;
using MetricsDashboard.Cli.Commands;
using MetricsDashboard.Extraction;

// metricsdashboard-extract <file-or-folder>... : what `metricsdashboard extract` does, with the same
// arguments, output and exit codes; run directly or through metricsdashboard (NativeExtract.cs there).
Console.OutputEncoding = new UTF8Encoding(false);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var rest = args is ["extract", ..] ? args[1..] : args;
if (rest.Contains("--help") || rest.Contains("-h"))
{
    await Console.Out.WriteLineAsync($"Usage: metricsdashboard-extract {ExtractCommand.Usage["extract ".Length..]}");
    return ExitCodes.Ok;
}
await using var stdoutBytes = Console.OpenStandardOutput();
try
{
    return await ExtractCommand.RunAsync(Console.Out, Console.Error, stdoutBytes, () => new IndicatorExtractor(), rest, cancel.Token);
}
catch (UsageException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}");
    await Console.Error.WriteLineAsync("Run 'metricsdashboard --help' for usage.");
    return ExitCodes.Usage;
}
catch (OperationCanceledException)
{
    await Console.Error.WriteLineAsync("cancelled");
    return ExitCodes.Error;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}");
    return ExitCodes.Error;
}
