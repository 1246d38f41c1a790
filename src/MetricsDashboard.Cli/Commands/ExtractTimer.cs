using System.Diagnostics;
using System.Globalization;

namespace MetricsDashboard.Cli.Commands;

/// <summary>
/// Where a run of <c>extract</c> spends its time, printed to standard error when the environment sets
/// <c>METRICSDASHBOARD_PHASES=1</c>: start-up (process start to the command), listing, then reading,
/// extraction and JSON summed over the worker threads, writing on the main thread, and the process's
/// CPU time. Off, it costs one environment look-up: the phases are not timed at all.
/// </summary>
internal sealed class ExtractTimer
{
    public const string Variable = "METRICSDASHBOARD_PHASES";

    public enum Phase { List, Read, Extract, Serialise, Write, Held }

    private readonly long[] _ticks = new long[6];
    private readonly long[] _bytes = new long[6];
    private readonly TimeSpan _startup;
    private readonly long _begun = Stopwatch.GetTimestamp();

    private ExtractTimer() => _startup = DateTime.Now - Process.GetCurrentProcess().StartTime;

    /// <summary>A timer when the environment asks for one, else null (and nothing is timed).</summary>
    public static ExtractTimer? FromEnvironment() => Environment.GetEnvironmentVariable(Variable) == "1" ? new ExtractTimer() : null;

    /// <summary>A time stamp and this thread's allocation count, to pass to <see cref="Stop"/>.</summary>
    public static Mark Start() => new(Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());

    /// <summary>Adds the time and this thread's allocation since <paramref name="started"/> to <paramref name="phase"/>; safe from any thread.</summary>
    public void Stop(Phase phase, Mark started)
    {
        Interlocked.Add(ref _ticks[(int)phase], Stopwatch.GetTimestamp() - started.Timestamp);
        Interlocked.Add(ref _bytes[(int)phase], GC.GetAllocatedBytesForCurrentThread() - started.Allocated);
    }

    public readonly record struct Mark(long Timestamp, long Allocated);

    public async Task ReportAsync(TextWriter error, int files)
    {
        var process = Process.GetCurrentProcess();
        var lines = new List<string>
        {
            Line("startup", _startup.TotalMilliseconds, "process start to the extract command"),
            Line("list", Milliseconds(Phase.List), $"{files} files{Allocated(Phase.List)}"),
            Line("read", Milliseconds(Phase.Read), $"worker threads, summed{Allocated(Phase.Read)}"),
            Line("extract", Milliseconds(Phase.Extract), $"worker threads, summed{Allocated(Phase.Extract)}"),
            Line("serialise", Milliseconds(Phase.Serialise), $"worker threads, summed{Allocated(Phase.Serialise)}"),
            Line("write", Milliseconds(Phase.Write), $"main thread, waits for workers included{Allocated(Phase.Write)}"),
            Line("held", Milliseconds(Phase.Held), "worker threads, summed: waiting for the writer to take files"),
            Line("command", Stopwatch.GetElapsedTime(_begun).TotalMilliseconds, "wall"),
            Line("cpu", process.TotalProcessorTime.TotalMilliseconds, $"user {process.UserProcessorTime.TotalMilliseconds:F0} ms, whole process"),
            string.Create(CultureInfo.InvariantCulture,
                $"memory: peak working set {process.PeakWorkingSet64 / 1_000_000} MB, GC heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1_000_000} MB, {GC.GetTotalAllocatedBytes() / 1_000_000} MB allocated, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms"),
        };
        foreach (var line in lines) { await error.WriteLineAsync(line); }
    }

    private string Allocated(Phase phase) => string.Create(CultureInfo.InvariantCulture, $"; {Interlocked.Read(ref _bytes[(int)phase]) / 1_000_000} MB allocated");

    private double Milliseconds(Phase phase) => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[(int)phase])).TotalMilliseconds;

    private static string Line(string phase, double milliseconds, string note) =>
        string.Create(CultureInfo.InvariantCulture, $"phase {phase,-10} {milliseconds,8:F0} ms  ({note})");
}
