using System.Diagnostics;
using System.Globalization;

namespace MetricsDashboard.Data.Import;

/// <summary>
/// Where an import spends its time, when the environment sets <c>METRICSDASHBOARD_PHASES=1</c> (the
/// same switch as the CLI's <c>extract</c>): CPU time of the running thread per phase of storing,
/// summed over the run, and the preparation (read, hash, extract) summed over the threads that ran
/// it. Thread CPU time (Linux), not wall time, so that a busy machine does not inflate the phases;
/// wall time elsewhere. Storing's awaits complete synchronously on SQLite, so a phase stays on
/// one thread. Off, every call is one null test: nothing is timed. A diagnostic for measuring the
/// importer, not a report for users.
/// </summary>
public sealed class ImportPhaseTimer
{
    public const string Variable = "METRICSDASHBOARD_PHASES";

    public enum Phase
    {
        Startup, Prepare, WaitForPrepared, SameContent, RemovePrevious, DocumentAndArticles, Mentions, Review, FactGrouping, FactLookup, FactInsert,
        WriteMentions, TextIndex, AreaArticles, FactRefresh, FactRollups, StoreAgain, MonthRollups, Commit, DropIndexes, BuildIndexes,
    }

    private static readonly string[] Notes =
    [
        "process start until storing began: runtime, database opened and migrated, first files read, wall",
        "read, hash, extract: worker threads, wall, summed", "storing waited for the next prepared file, wall", "content hash checked in the open batch",
        "previous version's facts read and its rows deleted", "document and articles inserted", "mention rows mapped, ids chosen",
        "review decisions applied", "mentions grouped into figures in memory", "stored facts looked up, their rollup state read",
        "new facts inserted", "mention rows inserted (text index included)",
        "bigram text index rows inserted", "area articles inserted", "joined and orphaned facts recomputed",
        "fact rollup rows recomputed and added, once per batch", "batch rolled back and its files stored again after a failed file", "month rollups, once per batch",
        "file results written, transaction committed", "deferred indexes dropped before the first batch",
        "deferred indexes built again after the last batch",
    ];

    private readonly long[] _ticks = new long[Notes.Length];
    private readonly long[] _counts = new long[Notes.Length];

    /// <summary>The process's timer when the environment asks for one, else null.</summary>
    public static ImportPhaseTimer? Current { get; } = Environment.GetEnvironmentVariable(Variable) == "1" ? new ImportPhaseTimer() : null;

    /// <summary>A time stamp to pass to <see cref="Stop"/> (0 when timing is off).</summary>
    public static long Start() => Current is null ? 0 : Now();

    /// <summary>Adds the time since <paramref name="started"/> to <paramref name="phase"/>; safe from any thread.</summary>
    public static void Stop(Phase phase, long started)
    {
        if (Current is { } timer)
        {
            Interlocked.Add(ref timer._ticks[(int)phase], Now() - started);
            Interlocked.Increment(ref timer._counts[(int)phase]);
        }
    }

    // Nanoseconds of this thread's CPU time on Linux, else the wall clock's.
    private static long Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var now) == 0)
        {
            return now.Seconds * 1_000_000_000 + now.Nanoseconds;
        }
        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>A wall-clock time stamp, for phases that wait or move between threads (<see cref="StopWall"/>).</summary>
    public static long StartWall() => Current is null ? 0 : Stopwatch.GetTimestamp();

    /// <summary>Adds the wall time since <paramref name="started"/> (from <see cref="StartWall"/>) to <paramref name="phase"/>.</summary>
    public static void StopWall(Phase phase, long started)
    {
        if (Current is { } timer)
        {
            Interlocked.Add(ref timer._ticks[(int)phase], (long)((Stopwatch.GetTimestamp() - started) * (1e9 / Stopwatch.Frequency)));
            Interlocked.Increment(ref timer._counts[(int)phase]);
        }
    }

    /// <summary>Records the wall time from the process's start until now as <see cref="Phase.Startup"/>.</summary>
    public static void SinceProcessStart()
    {
        if (Current is { } timer)
        {
            using var process = Process.GetCurrentProcess();
            Interlocked.Exchange(ref timer._ticks[(int)Phase.Startup], (long)((DateTime.Now - process.StartTime).TotalMilliseconds * 1e6));
            Interlocked.Exchange(ref timer._counts[(int)Phase.Startup], 1);
        }
    }

    /// <summary>Adds the time since <paramref name="started"/> to <paramref name="phase"/> and starts the next phase now.</summary>
    public static void Lap(Phase phase, ref long started)
    {
        if (Current is { } timer)
        {
            var now = Now();
            Interlocked.Add(ref timer._ticks[(int)phase], now - started);
            Interlocked.Increment(ref timer._counts[(int)phase]);
            started = now;
        }
    }

    /// <summary>One line per phase that ran, then the process's CPU time.</summary>
    public IEnumerable<string> Lines()
    {
        for (var p = 0; p < Notes.Length; p++)
        {
            var count = Interlocked.Read(ref _counts[p]);
            if (count > 0)
            {
                var ms = Interlocked.Read(ref _ticks[p]) / 1e6;
                yield return string.Create(CultureInfo.InvariantCulture, $"phase {(Phase)p,-20} {ms,8:F0} ms  {count,6}×  ({Notes[p]})");
            }
        }
        using var process = Process.GetCurrentProcess();
        yield return string.Create(CultureInfo.InvariantCulture,
            $"cpu {process.TotalProcessorTime.TotalMilliseconds:F0} ms (user {process.UserProcessorTime.TotalMilliseconds:F0} ms), peak working set {process.PeakWorkingSet64 / 1_000_000} MB");
    }
}
