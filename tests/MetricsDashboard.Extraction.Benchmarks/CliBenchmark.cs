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
        var release = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../src/MetricsDashboard.Cli/bin/Release"));
        return Directory.Exists(release)
            ? Directory.EnumerateFiles(release, "metricsdashboard", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault() ?? release
            : release;
    }

    public static void Run(string cliPath, string corpusFolder, int runs)
    {
        if (!File.Exists(cliPath)) { throw new FileNotFoundException($"Build the CLI in Release first: {cliPath}"); }
        long bytes = EnsureCorpus(corpusFolder);
        Console.WriteLine($"corpus: {Directory.GetFiles(corpusFolder).Length} files, {bytes / Megabyte:F1} MB in {corpusFolder}");
        Console.WriteLine($"machine load: {File.ReadAllText("/proc/loadavg").Trim()} on {Environment.ProcessorCount} cores");
        var output = Path.Combine(Path.GetTempPath(), "metricsdashboard-cli-bench.jsonl");
        var grepOutput = Path.Combine(Path.GetTempPath(), "metricsdashboard-cli-bench.grep");
        for (int run = 1; run <= runs; run++)
        {
            var cli = Time(cliPath, ["extract", corpusFolder], output);
            // The floor: one regex pass over the same bytes by a C program, output written likewise.
            var grep = Time("grep", ["-roP", @"[0-9]+(\.[0-9]+)?(亿元|万元|个百分点|%)", corpusFolder], grepOutput);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: extract {bytes / Megabyte / cli.TotalSeconds,6:F1} MB/s ({cli.TotalSeconds:F2} s, {new FileInfo(output).Length / Megabyte:F0} MB of JSON lines)   grep -oP floor {bytes / Megabyte / grep.TotalSeconds,6:F1} MB/s ({grep.TotalSeconds:F2} s)"));
        }
    }

    private static TimeSpan Time(string program, string[] arguments, string outputFile)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) { start.ArgumentList.Add(argument); }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        using (var file = File.Create(outputFile))
        {
            var copy = process.StandardOutput.BaseStream.CopyToAsync(file);
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            copy.Wait();
            if (process.ExitCode > 1) { throw new InvalidOperationException($"{program} exited {process.ExitCode}: {errors.Result}"); }
        }
        watch.Stop();
        return watch.Elapsed;
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
