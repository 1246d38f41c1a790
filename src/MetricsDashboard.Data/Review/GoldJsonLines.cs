using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MetricsDashboard.Data.Review;

/// <summary>Writes gold records as JSON lines in the shape of the gold files: field order of INDICATORS.md, CJK unescaped, <c>core: true</c>.</summary>
public static class GoldJsonLines
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToLine(GoldLine g)
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
            w.WriteBoolean("core", true);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>All lines, each ended by a line feed.</summary>
    public static string ToText(IEnumerable<GoldLine> lines) => string.Concat(lines.Select(l => ToLine(l) + "\n"));

    /// <summary>The gold file name of a document: its identity with folder separators made plain, plus <c>.jsonl</c>.</summary>
    public static string FileNameOf(string document) => document.Replace('/', '_').Replace('\\', '_') + ".jsonl";
}
