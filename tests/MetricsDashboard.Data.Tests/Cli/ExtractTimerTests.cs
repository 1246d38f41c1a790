using MetricsDashboard.Cli;
using MetricsDashboard.Cli.Commands;
using MetricsDashboard.Extraction;

namespace MetricsDashboard.Data.Tests.Cli;

/// <summary><c>METRICSDASHBOARD_PHASES=1</c>: extract reports where its time went on standard error, and its output stays the same.</summary>
[Collection(nameof(EnvironmentCollection))]
public sealed class ExtractTimerTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "md-phases-" + Guid.NewGuid().ToString("N") + ".txt");

    public ExtractTimerTests() => File.WriteAllText(_file, "2024年，锦江区完成固定资产投资12亿元，同比增长5.2%。");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(ExtractTimer.Variable, null);
        File.Delete(_file);
    }

    [Fact]
    public async Task Extract_WithPhasesVariable_ReportsEachPhaseOnStandardErrorOnly()
    {
        var (quietOut, quietErr) = await Extract();
        Environment.SetEnvironmentVariable(ExtractTimer.Variable, "1");
        var (timedOut, timedErr) = await Extract();

        Assert.Equal(quietOut, timedOut);
        Assert.Equal("", quietErr);
        var phases = timedErr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        Assert.Equal(["startup", "list", "read", "extract", "serialise", "write", "held", "command", "cpu", "peak"], phases);
    }

    private async Task<(string Out, string Error)> Extract()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ExtractCommand.RunAsync(output, error, null, () => new IndicatorExtractor(), [_file], CancellationToken.None);
        Assert.Equal(ExitCodes.Ok, code);
        return (output.ToString(), error.ToString());
    }
}
