using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MetricsDashboard.Extraction.Benchmarks;

/// <summary>
/// Times the built <c>metricsdashboard extract</c> as a whole process (start-up, reading, extraction,
/// JSON written to a file) over a folder of about 2,500 distinct articles (~50 MB), beside a
/// <c>grep -oP</c> scan of the same bytes: the floor of what a process can do with them.
/// </summary>
internal static class CliBenchmark
{
    private const double Megabyte = 1_000_000;
    private const int FileCount = 2_500;
    private const int FileBytes = 20_000;

    /// <summary>The Release build of the CLI in this clone, whatever its target framework and runtime folder.</summary>
    public static string BuiltCli()
    {
        var release = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/MetricsDashboard.Cli/bin/Release"));
        return Directory.Exists(release)
            ? Directory.EnumerateFiles(release, "metricsdashboard", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault() ?? release
            : release;
    }

    public static void Run(string cliPath, string corpusFolder, int runs)
    {
        if (!File.Exists(cliPath)) { throw new FileNotFoundException($"Build the CLI in Release first: {cliPath}"); }
        long bytes = EnsureCorpus(corpusFolder);
        double megabytes = bytes / Megabyte;
        int cores = Environment.ProcessorCount;
        Console.WriteLine($"cli: {cliPath}");
        Console.WriteLine($"corpus: {Directory.GetFiles(corpusFolder).Length} files, {megabytes:F1} MB in {corpusFolder}");
        var output = Path.Combine(Path.GetTempPath(), "metricsdashboard-cli-bench.jsonl");
        var grepOutput = Path.Combine(Path.GetTempPath(), "metricsdashboard-cli-bench.grep");
        for (int run = 1; run <= runs; run++)
        {
            var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            var cli = Time(cliPath, ["extract", corpusFolder], output);
            // The floor: one regex pass over the same bytes by a C program, output written likewise.
            var grep = Time("grep", ["-roP", @"[0-9]+(\.[0-9]+)?(亿元|万元|个百分点|%)", corpusFolder], grepOutput);
            // The ceiling: what the CPU time allows with every core busy and no other process in the way.
            var cpu = cli.CpuSeconds is double c
                ? string.Create(CultureInfo.InvariantCulture, $", {c:F2} CPU s, ceiling {megabytes / (c / cores),5:F1} MB/s on {cores} cores")
                : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run} (load {load}): extract {megabytes / cli.Wall.TotalSeconds,6:F1} MB/s ({cli.Wall.TotalSeconds:F2} s{cpu}, {new FileInfo(output).Length / Megabyte:F0} MB of JSON lines)   grep -oP floor {megabytes / grep.Wall.TotalSeconds,6:F1} MB/s ({grep.Wall.TotalSeconds:F2} s)"));
        }
    }

    private readonly record struct Timing(TimeSpan Wall, double? CpuSeconds);

    /// <summary>
    /// Runs a program with its output sent to a file the way a user's <c>extract … &gt; out.jsonl</c>
    /// does: the shell opens the file and the program writes to it directly. (Copying a redirected
    /// pipe into the file from this process put a third process on the two cores and measured the
    /// copy as much as the command.) Through GNU time where the machine has it, for its CPU seconds
    /// (user + system): on a shared machine the wall clock counts other work too.
    /// </summary>
    private static Timing Time(string program, string[] arguments, string outputFile)
    {
        var cpuFile = File.Exists(GnuTime) ? Path.GetTempFileName() : null;
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, UseShellExecute = false };
        // sh -c 'out=$1; shift; exec "$@" > "$out"' sh <file> <program> <arguments…>: no quoting of our own.
        foreach (var argument in new[] { "-c", "out=$1; shift; exec \"$@\" > \"$out\"", "sh", outputFile }) { start.ArgumentList.Add(argument); }
        if (cpuFile is not null) { foreach (var argument in new[] { GnuTime, "-f", "%U %S", "-o", cpuFile }) { start.ArgumentList.Add(argument); } }
        start.ArgumentList.Add(program);
        foreach (var argument in arguments) { start.ArgumentList.Add(argument); }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode > 1) { throw new InvalidOperationException($"{program} exited {process.ExitCode}: {errors.Result}"); }
        return new Timing(watch.Elapsed, cpuFile is null ? null : ReadCpuSeconds(cpuFile));
    }

    private const string GnuTime = "/usr/bin/time";

    /// <summary>User plus system seconds from GNU time's last line ("0.51 0.04"; a line about a non-zero exit may come first).</summary>
    private static double? ReadCpuSeconds(string file)
    {
        var last = File.ReadAllLines(file).LastOrDefault(line => line.Trim().Length > 0);
        File.Delete(file);
        var parts = last?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts is { Length: 2 }
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var user)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var system)
            ? user + system
            : null;
    }

    /// <summary>
    /// 2,500 distinct files of ~20 kB built from the seed and dev-set pages: each file starts at a
    /// different paragraph and shifts every digit by its number, so no two files are the same text.
    /// </summary>
    private static long EnsureCorpus(string folder)
    {
        if (Directory.Exists(folder) && Directory.GetFiles(folder).Length == FileCount)
        {
            return Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);
        }
        Directory.CreateDirectory(folder);
        var paragraphs = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
            .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "devset"), "*.txt"))
            .Order(StringComparer.Ordinal)
            .SelectMany(path => File.ReadAllText(path).Split('\n'))
            .Where(line => line.Trim().Length > 0)
            .ToArray();
        long total = 0;
        var text = new StringBuilder();
        for (int i = 0; i < FileCount; i++)
        {
            text.Clear();
            int shift = i / paragraphs.Length + 1;
            for (int p = i % paragraphs.Length; Encoding.UTF8.GetByteCount(text.ToString()) < FileBytes; p = (p + 1) % paragraphs.Length)
            {
                foreach (char c in paragraphs[p]) { text.Append(c is >= '0' and <= '9' ? (char)('0' + (c - '0' + shift) % 10) : c); }
                text.Append('\n');
            }
            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            File.WriteAllBytes(Path.Combine(folder, $"{i:D4}.txt"), bytes);
            total += bytes.Length;
        }
        return total;
    }
}
