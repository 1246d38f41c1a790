using System.Text;
using MetricsDashboard.Cli;
using MetricsDashboard.Extraction;
using Microsoft.Extensions.Configuration;

if (NativeExtract.For(args) is { } native)
{
    return NativeExtract.Run(native, args);
}
Console.OutputEncoding = new UTF8Encoding(false);
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .Build();
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
await using var stdoutBytes = Console.OpenStandardOutput();
var app = new CliApp(Console.Out, Console.Error, configuration, () => new IndicatorExtractor(), stdoutBytes);
return await app.RunAsync(args, cancel.Token);
