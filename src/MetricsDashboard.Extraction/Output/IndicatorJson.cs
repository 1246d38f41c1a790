using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Extraction.Output;

/// <summary>
/// The JSON line form of indicators (the CLI's <c>extract</c> output and the gold files): one object
/// per line, with exactly the field names and order of INDICATORS.md, CJK left unescaped.
/// </summary>
public static class IndicatorJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Writes one indicator as one JSON object (no line feed).</summary>
    public static void Write(Utf8JsonWriter writer, string documentName, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(indicator);
        writer.WriteStartObject();
        writer.WriteString("doc", documentName);
        writer.WriteString("surface", indicator.Surface);
        writer.WriteNumber("start", indicator.Start);
        writer.WriteNumber("end", indicator.End);
        writer.WriteNumber("value", indicator.Value);
        if (indicator.ValueMax is double max) { writer.WriteNumber("value_max", max); } else { writer.WriteNull("value_max"); }
        writer.WriteString("unit", indicator.Unit.ToCode());
        WriteNullable(writer, "counter", indicator.Counter);
        writer.WriteString("qualifier", indicator.Qualifier.ToWire());
        writer.WriteString("kind", indicator.Kind.ToWire());
        writer.WriteString("metric", indicator.Metric);
        writer.WriteString("label", indicator.Label);
        WriteNullable(writer, "district", indicator.District);
        writer.WriteString("sector", indicator.Sector);
        WriteNullable(writer, "period", indicator.Period);
        writer.WriteString("sentence", indicator.Sentence);
        writer.WriteNumber("confidence", indicator.Confidence);
        writer.WriteEndObject();
    }

    /// <summary>One indicator as a JSON line (without the line feed).</summary>
    public static string ToJsonLine(string documentName, Indicator indicator)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, documentName, indicator);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes all indicators of a result as JSON lines, each ending in a line feed.</summary>
    public static void WriteLines(Stream stream, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        foreach (var indicator in result.Indicators)
        {
            Write(writer, result.DocumentName, indicator);
            writer.Flush();
            writer.Reset();
            stream.WriteByte((byte)'\n');
        }
    }

    /// <summary>Reads the records of a gold JSONL text; blank lines are skipped.</summary>
    public static IReadOnlyList<GoldRecord> ReadGold(string jsonLines)
    {
        ArgumentNullException.ThrowIfNull(jsonLines);
        var records = new List<GoldRecord>();
        int lineNumber = 0;
        foreach (var line in jsonLines.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) { continue; }
            using var document = JsonDocument.Parse(line);
            var e = document.RootElement;
            try
            {
                records.Add(new GoldRecord(
                    Doc: e.GetProperty("doc").GetString()!,
                    Surface: e.GetProperty("surface").GetString()!,
                    Value: e.GetProperty("value").GetDouble(),
                    ValueMax: NullableDouble(e, "value_max"),
                    Unit: e.GetProperty("unit").GetString()!,
                    Counter: NullableString(e, "counter"),
                    Qualifier: e.GetProperty("qualifier").GetString()!,
                    Kind: e.GetProperty("kind").GetString()!,
                    Metric: e.GetProperty("metric").GetString()!,
                    Label: NullableString(e, "label"),
                    District: NullableString(e, "district"),
                    Sector: e.GetProperty("sector").GetString()!,
                    Period: NullableString(e, "period"),
                    Core: !e.TryGetProperty("core", out var core) || core.GetBoolean()));
            }
            catch (KeyNotFoundException ex)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Gold line {lineNumber} lacks a required field: {ex.Message}"), ex);
            }
        }
        return records;
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) { writer.WriteNull(name); } else { writer.WriteString(name, value); }
    }

    private static string? NullableString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind != JsonValueKind.Null ? p.GetString() : null;

    private static double? NullableDouble(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : null;
}
