using System.Globalization;

namespace MetricsDashboard.Export.Benchmarks;

/// <summary>
/// A process's resident memory from <c>/proc/&lt;pid&gt;/status</c>: VmRSS now and VmHWM, the kernel's
/// own high-water mark, so a peak between two samples is not missed.
/// </summary>
public static class ProcessMemory
{
    public static (long RssKb, long PeakKb) Read(int pid)
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
        }
        return (rss, peak);
    }

    public static string Megabytes(long kilobytes) => (kilobytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " MB";

    // "VmRSS:	  524288 kB"
    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', '\t', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
