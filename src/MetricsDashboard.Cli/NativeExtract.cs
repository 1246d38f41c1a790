using System.Diagnostics;

namespace MetricsDashboard.Cli;

/// <summary>
/// Hands <c>extract</c> to <c>metricsdashboard-extract</c>, the same command compiled ahead of time
/// (src/MetricsDashboard.Cli.NativeExtract), when a Release build put it beside this program: it
/// starts in milliseconds where this process compiles the whole extractor first. One older than the
/// extraction library beside it is left alone (a stale build must not answer for a newer one), and
/// <c>METRICSDASHBOARD_NATIVE_EXTRACT=0</c> turns the hand-off off. Its code uses every instruction set
/// of the machine that built it, so it runs only on a CPU with all of them (a build folder copied to
/// an older machine runs the command here instead): the build records that CPU's flags beside it.
/// </summary>
internal static class NativeExtract
{
    public const string FileName = "metricsdashboard-extract";

    /// <summary>The build machine's CPU flags (its /proc/cpuinfo line), written by the CLI's Release build.</summary>
    public const string CpuFileName = FileName + ".cpu";

    public const string Variable = "METRICSDASHBOARD_NATIVE_EXTRACT";

    /// <summary>The native program to run for these arguments, or null to run the command here.</summary>
    public static string? For(string[] args) =>
        args is ["extract", ..] && Environment.GetEnvironmentVariable(Variable) != "0" ? Find(AppContext.BaseDirectory) : null;

    /// <summary>
    /// The native program in <paramref name="folder"/>, unless it is missing, older than the extraction
    /// library there, or built on a CPU with an instruction set this one (<paramref name="cpuFlags"/>,
    /// by default this machine's) lacks.
    /// </summary>
    public static string? Find(string folder, string? cpuFlags = null)
    {
        var native = Path.Combine(folder, FileName);
        var library = Path.Combine(folder, "MetricsDashboard.Extraction.dll");
        var built = Path.Combine(folder, CpuFileName);
        return File.Exists(native) && File.Exists(library) && File.GetLastWriteTimeUtc(native) >= File.GetLastWriteTimeUtc(library)
            && File.Exists(built) && HasEveryFlag(cpuFlags ?? CurrentCpuFlags(), File.ReadAllText(built))
            ? native
            : null;
    }

    /// <summary>Whether <paramref name="current"/> names every flag of <paramref name="built"/> ("flags : fpu sse2 avx2 …" lines); nothing recorded is no match.</summary>
    public static bool HasEveryFlag(string current, string built)
    {
        var needed = Flags(built);
        return needed.Count > 0 && needed.IsSubsetOf(Flags(current));
    }

    private static HashSet<string> Flags(string line)
    {
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        return [.. line[(colon + 1)..].Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>This machine's CPU flags: the first flags line of /proc/cpuinfo (Features on ARM), or empty.</summary>
    private static string CurrentCpuFlags()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("flags", StringComparison.Ordinal) || l.StartsWith("Features", StringComparison.Ordinal)) ?? "";
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
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
