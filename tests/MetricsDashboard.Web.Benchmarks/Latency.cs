using System.Diagnostics;
using System.Globalization;

namespace MetricsDashboard.Web.Benchmarks;

/// <summary>Collects timings of one operation and prints p50/p95/max.</summary>
public sealed class Latency(string name)
{
    private readonly List<double> _milliseconds = [];

    public string Name => name;

    public async Task MeasureAsync(Func<Task> operation)
    {
        var watch = Stopwatch.StartNew();
        await operation();
        _milliseconds.Add(watch.Elapsed.TotalMilliseconds);
    }

    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name,-46} n={_milliseconds.Count,3}  p50 {Percentile(50),8:0.0} ms  p95 {Percentile(95),8:0.0} ms  max {_milliseconds.DefaultIfEmpty().Max(),8:0.0} ms");
}
