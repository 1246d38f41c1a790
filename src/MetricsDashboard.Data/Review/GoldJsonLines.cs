using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MetricsDashboard.Extraction.Output;

namespace MetricsDashboard.Data.Review;

/// <summary>
/// Writes gold records (the type the extraction scorer reads) as JSON lines in the shape of the gold
/// files: field order of INDICATORS.md, CJK unescaped. Reviewed figures are written <c>core: true</c>:
/// a reviewer vouched for them.
/// </summary>
public static class GoldJsonLines
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToLine(GoldRecord g)
    {
        ArgumentNullException.ThrowIfNull(g);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("doc", g.Doc);
            w.WriteString("surface", g.Surface);
            w.WriteNumber("value", g.Value);
            if (g.ValueMax is double max)
            {
                w.WriteNumber("value_max", max);
            }
            w.WriteString("unit", g.Unit);
            w.WriteString("counter", g.Counter);
            w.WriteString("qualifier", g.Qualifier);
            w.WriteString("kind", g.Kind);
            w.WriteString("metric", g.Metric);
            w.WriteString("label", g.Label);
            w.WriteString("district", g.District);
            w.WriteString("sector", g.Sector);
            w.WriteString("period", g.Period);
            w.WriteBoolean("core", g.Core);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>All lines, each ended by a line feed.</summary>
    public static string ToText(IEnumerable<GoldRecord> lines) => string.Concat(lines.Select(l => ToLine(l) + "\n"));

    /// <summary>The gold file name of a document: its identity with folder separators made plain, plus <c>.jsonl</c>.</summary>
    public static string FileNameOf(string document) => document.Replace('/', '_').Replace('\\', '_') + ".jsonl";
}
