using System.Diagnostics;

namespace MetricsDashboard.Cli;

/// <summary>
/// Hands <c>extract</c> to <c>metricsdashboard-extract</c>, the same command compiled ahead of time
/// (src/MetricsDashboard.Cli.NativeExtract), when a Release build put it beside this program: it
/// starts in milliseconds where this process compiles the whole extractor first. One older than the
/// extraction library beside it is left alone (a stale build must not answer for a newer one), and
/// <c>METRICSDASHBOARD_NATIVE_EXTRACT=0</c> turns the hand-off off.
/// </summary>
internal static class NativeExtract
{
    public const string FileName = "metricsdashboard-extract";

    public const string Variable = "METRICSDASHBOARD_NATIVE_EXTRACT";

    /// <summary>The native program to run for these arguments, or null to run the command here.</summary>
    public static string? For(string[] args) =>
        args is ["extract", ..] && Environment.GetEnvironmentVariable(Variable) != "0" ? Find(AppContext.BaseDirectory) : null;

    /// <summary>The native program in <paramref name="folder"/>, unless it is missing or older than the extraction library there.</summary>
    public static string? Find(string folder)
    {
        var native = Path.Combine(folder, FileName);
        var library = Path.Combine(folder, "MetricsDashboard.Extraction.dll");
        return File.Exists(native) && File.Exists(library) && File.GetLastWriteTimeUtc(native) >= File.GetLastWriteTimeUtc(library) ? native : null;
    }

    /// <summary>Runs it with this process's arguments, standard streams and exit code.</summary>
    public static int Run(string native, string[] args)
    {
        var start = new ProcessStartInfo(native) { UseShellExecute = false };
        foreach (var argument in args) { start.ArgumentList.Add(argument); }
        // Ctrl+C reaches the child too (same process group): wait for it to stop rather than leave it behind.
        Console.CancelKeyPress += (_, e) => e.Cancel = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {native}");
        process.WaitForExit();
        return process.ExitCode;
    }
}
