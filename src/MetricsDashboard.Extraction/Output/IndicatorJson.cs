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

    // Property names escaped once, not once per indicator.
    private static readonly JsonEncodedText DocName = JsonEncodedText.Encode("doc");
    private static readonly JsonEncodedText SurfaceName = JsonEncodedText.Encode("surface");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText ValueMaxName = JsonEncodedText.Encode("value_max");
    private static readonly JsonEncodedText UnitName = JsonEncodedText.Encode("unit");
    private static readonly JsonEncodedText CounterName = JsonEncodedText.Encode("counter");
    private static readonly JsonEncodedText QualifierName = JsonEncodedText.Encode("qualifier");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText MetricName = JsonEncodedText.Encode("metric");
    private static readonly JsonEncodedText LabelName = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText DistrictName = JsonEncodedText.Encode("district");
    private static readonly JsonEncodedText SectorName = JsonEncodedText.Encode("sector");
    private static readonly JsonEncodedText PeriodName = JsonEncodedText.Encode("period");
    private static readonly JsonEncodedText SentenceName = JsonEncodedText.Encode("sentence");
    private static readonly JsonEncodedText ConfidenceName = JsonEncodedText.Encode("confidence");

    /// <summary>Writes one indicator as one JSON object (no line feed).</summary>
    public static void Write(Utf8JsonWriter writer, string documentName, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(indicator);
        Write(writer, Encode(documentName), indicator, Encode(indicator.Sentence), null);
    }

    private static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, WriterOptions.Encoder);

    /// <summary>
    /// The document name and sentence come escaped: every figure of a sentence repeats them. So do the
    /// values drawn from the lexicons (unit, qualifier, kind, metric, district, sector, counter: the
    /// same string instances figure after figure), escaped once per document in <paramref name="shared"/>.
    /// </summary>
    private static void Write(Utf8JsonWriter writer, JsonEncodedText documentName, Indicator indicator, JsonEncodedText sentence, SharedTexts? shared)
    {
        writer.WriteStartObject();
        writer.WriteString(DocName, documentName);
        writer.WriteString(SurfaceName, indicator.Surface);
        writer.WriteNumber(StartName, indicator.Start);
        writer.WriteNumber(EndName, indicator.End);
        writer.WriteNumber(ValueName, indicator.Value);
        if (indicator.ValueMax is double max) { writer.WriteNumber(ValueMaxName, max); } else { writer.WriteNull(ValueMaxName); }
        WriteShared(writer, UnitName, indicator.Unit.ToWire(), shared);
        WriteShared(writer, CounterName, indicator.Counter, shared);
        WriteShared(writer, QualifierName, indicator.Qualifier.ToWire(), shared);
        WriteShared(writer, KindName, indicator.Kind.ToWire(), shared);
        WriteShared(writer, MetricName, indicator.Metric, shared);
        writer.WriteString(LabelName, indicator.Label);
        WriteShared(writer, DistrictName, indicator.District, shared);
        WriteShared(writer, SectorName, indicator.Sector, shared);
        WriteNullable(writer, PeriodName, indicator.Period);
        writer.WriteString(SentenceName, sentence);
        writer.WriteNumber(ConfidenceName, indicator.Confidence);
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
        ArgumentNullException.ThrowIfNull(result);
        WriteLines(stream, result.DocumentName, result.Indicators);
    }

    /// <summary>Writes indicators of one document as JSON lines, each ending in a line feed.</summary>
    public static void WriteLines(Stream stream, string documentName, IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(indicators);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        WriteLines(writer, documentName, indicators, () => stream.WriteByte((byte)'\n'));
    }

    /// <summary>
    /// Writes indicators of one document as JSON lines into a buffer (a pooled one costs no fresh memory
    /// per file): straight as UTF-8 (<see cref="IndicatorJsonLineWriter"/>), the same bytes as the
    /// Utf8JsonWriter path below, which still takes the documents that writer leaves to it.
    /// </summary>
    public static void WriteLines(IBufferWriter<byte> buffer, string documentName, IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(indicators);
        var list = indicators as IReadOnlyList<Indicator> ?? indicators.ToList();
        if (IndicatorJsonLineWriter.TryWriteLines(buffer, documentName, list)) { return; }
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        WriteLines(writer, documentName, list, () =>
        {
            buffer.GetSpan(1)[0] = (byte)'\n';
            buffer.Advance(1);
        });
    }

    private static void WriteLines(Utf8JsonWriter writer, string documentName, IEnumerable<Indicator> indicators, Action lineFeed)
    {
        var name = Encode(documentName);
        var shared = new SharedTexts();
        string? lastSentence = null;
        JsonEncodedText sentence = default;
        foreach (var indicator in indicators)
        {
            // The figures of one sentence share its string: escape it once for all of them.
            if (!ReferenceEquals(indicator.Sentence, lastSentence))
            {
                lastSentence = indicator.Sentence;
                sentence = Encode(lastSentence);
            }
            Write(writer, name, indicator, sentence, shared);
            writer.Flush();
            writer.Reset();
            lineFeed();
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

    private static void WriteNullable(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null) { writer.WriteNull(name); } else { writer.WriteString(name, value); }
    }

    private static void WriteShared(Utf8JsonWriter writer, JsonEncodedText name, string? value, SharedTexts? shared)
    {
        if (value is null) { writer.WriteNull(name); }
        else if (shared is null) { writer.WriteString(name, value); }
        else { writer.WriteString(name, shared.Get(value)); }
    }

    /// <summary>
    /// Escaped forms of the strings one document's figures share, keyed by the instance (a cheap
    /// hash): the same bytes <see cref="Utf8JsonWriter.WriteString(JsonEncodedText, string)"/> writes,
    /// without escaping and transcoding them again for each figure.
    /// </summary>
    private sealed class SharedTexts
    {
        private readonly Dictionary<string, JsonEncodedText> _encoded = new(ReferenceEqualityComparer.Instance);

        public JsonEncodedText Get(string value)
        {
            if (!_encoded.TryGetValue(value, out var encoded))
            {
                encoded = Encode(value);
                _encoded[value] = encoded;
            }
            return encoded;
        }
    }

    private static string? NullableString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind != JsonValueKind.Null ? p.GetString() : null;

    private static double? NullableDouble(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : null;
}
