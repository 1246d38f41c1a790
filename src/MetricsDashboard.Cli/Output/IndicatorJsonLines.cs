using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Output;

namespace MetricsDashboard.Cli.Output;

/// <summary>
/// One JSON object per extracted indicator with exactly the fields of INDICATORS.md, in its order.
/// Stored rows are exported through the shared writers of MetricsDashboard.Exports instead.
/// </summary>
internal static class IndicatorJsonLines
{
    /// <summary>The extraction library's own writer, so extract output and gold files agree byte for byte.</summary>
    public static string ToLine(string doc, Indicator i) => IndicatorJson.ToJsonLine(doc, i);
}
