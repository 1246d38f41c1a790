using System.Text.Encodings.Web;
using System.Text.Json;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Output;

namespace MetricsDashboard.Cli.Output;

/// <summary>
/// One JSON object per indicator with exactly the fields of INDICATORS.md, in its order; Chinese
/// stays readable (no \\u escapes). Stored rows are written in the same shape as <see cref="IndicatorJson"/>.
/// </summary>
internal static class IndicatorJsonLines
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The extraction library's own writer, so extract output and gold files agree byte for byte.</summary>
    public static string ToLine(string doc, Indicator i) => IndicatorJson.ToJsonLine(doc, i);

    public static string ToLine(IndicatorRow r) => Write(
        r.Doc, r.Surface, r.Start, r.End, r.Value, r.ValueMax, r.Unit, r.Counter, r.Qualifier, r.Kind,
        r.Metric, r.Label, r.District, r.Sector, r.Period, r.Sentence, r.Confidence);

    private static string Write(
        string doc, string surface, int start, int end, double value, double? valueMax, string unit, string? counter, string qualifier, string kind,
        string metric, string label, string? district, string sector, string? period, string sentence, double confidence)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("doc", doc);
            w.WriteString("surface", surface);
            w.WriteNumber("start", start);
            w.WriteNumber("end", end);
            w.WriteNumber("value", value);
            if (valueMax is { } max) { w.WriteNumber("value_max", max); } else { w.WriteNull("value_max"); }
            w.WriteString("unit", unit);
            w.WriteString("counter", counter);
            w.WriteString("qualifier", qualifier);
            w.WriteString("kind", kind);
            w.WriteString("metric", metric);
            w.WriteString("label", label);
            w.WriteString("district", district);
            w.WriteString("sector", sector);
            w.WriteString("period", period);
            w.WriteString("sentence", sentence);
            w.WriteNumber("confidence", confidence);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
