using System.Buffers;
using System.Buffers.Text;
using System.Text.Unicode;
using System.Text.Encodings.Web;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Extraction.Output;

/// <summary>
/// Writes one document's indicators as JSON lines straight into UTF-8: the bytes
/// <see cref="System.Text.Json.Utf8JsonWriter"/> writes for <see cref="IndicatorJson"/> (the same escaper,
/// the same number formatter), without a writer's per-call state checks, and without a string and
/// an array for every sentence (<see cref="System.Text.Json.JsonEncodedText"/>). Through Utf8JsonWriter
/// the JSON took a fifth of <c>extract</c>'s CPU and 107 MB of allocation for 50 MB of input.
/// Text with surrogates (emoji, or a lone half) is not for this writer: UTF-16 and UTF-8 escapers
/// treat a broken pair differently, so such documents go through Utf8JsonWriter as before.
/// </summary>
internal sealed class IndicatorJsonLineWriter
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // One per thread: its buffers are reused from document to document.
    [ThreadStatic] private static IndicatorJsonLineWriter? t_writer;

    // The escaper's worst case: a control byte becomes \u00XX, six bytes for one.
    private const int EscapedBytesPerChar = 3 * 6;
    // Property names, numbers, null and punctuation of one line, with room to spare.
    private const int FixedLineBytes = 512;

    private byte[] _documentName = new byte[256];
    private int _documentNameLength;
    private byte[] _sentence = new byte[4096];
    private int _sentenceLength;
    private string? _sentenceOf;
    private byte[] _scratch = new byte[1024];

    /// <summary>
    /// Writes the lines (each ending in a line feed) and returns true, or writes nothing and returns
    /// false when some text has a surrogate or some number is not finite (Utf8JsonWriter's cases).
    /// </summary>
    public static bool TryWriteLines(IBufferWriter<byte> buffer, string documentName, IReadOnlyList<Indicator> indicators)
    {
        if (!IsPlain(documentName, indicators)) { return false; }
        var writer = t_writer ??= new IndicatorJsonLineWriter();
        writer.WriteLines(buffer, documentName, indicators);
        return true;
    }

    private void WriteLines(IBufferWriter<byte> buffer, string documentName, IReadOnlyList<Indicator> indicators)
    {
        _documentNameLength = Escape(documentName, ref _documentName);
        _sentenceOf = null;
        try
        {
            for (int i = 0; i < indicators.Count; i++) { WriteLine(buffer, indicators[i]); }
        }
        finally
        {
            _sentenceOf = null; // no sentence kept alive past its document
        }
    }

    private void WriteLine(IBufferWriter<byte> buffer, Indicator indicator)
    {
        // The figures of one sentence share its string: escape it once for all of them.
        if (!ReferenceEquals(indicator.Sentence, _sentenceOf))
        {
            _sentenceLength = Escape(indicator.Sentence, ref _sentence);
            _sentenceOf = indicator.Sentence;
        }
        int bound = FixedLineBytes + _documentNameLength + _sentenceLength + EscapedBytesPerChar * (Length(indicator.Surface) + Length(indicator.Counter)
            + Length(indicator.Metric) + Length(indicator.Label) + Length(indicator.District) + Length(indicator.Sector) + Length(indicator.Period));
        var line = buffer.GetSpan(bound);
        int n = 0;
        Put(line, ref n, "{\"doc\":"u8);
        Put(line, ref n, _documentName.AsSpan(0, _documentNameLength));
        Put(line, ref n, ",\"surface\":"u8);
        Text(line, ref n, indicator.Surface);
        Put(line, ref n, ",\"start\":"u8);
        Integer(line, ref n, indicator.Start);
        Put(line, ref n, ",\"end\":"u8);
        Integer(line, ref n, indicator.End);
        Put(line, ref n, ",\"value\":"u8);
        Number(line, ref n, indicator.Value);
        Put(line, ref n, ",\"value_max\":"u8);
        if (indicator.ValueMax is double max) { Number(line, ref n, max); } else { Put(line, ref n, "null"u8); }
        Put(line, ref n, ",\"unit\":"u8);
        Text(line, ref n, indicator.Unit.ToWire());
        Put(line, ref n, ",\"counter\":"u8);
        Text(line, ref n, indicator.Counter);
        Put(line, ref n, ",\"qualifier\":"u8);
        Text(line, ref n, indicator.Qualifier.ToWire());
        Put(line, ref n, ",\"kind\":"u8);
        Text(line, ref n, indicator.Kind.ToWire());
        Put(line, ref n, ",\"metric\":"u8);
        Text(line, ref n, indicator.Metric);
        Put(line, ref n, ",\"label\":"u8);
        Text(line, ref n, indicator.Label);
        Put(line, ref n, ",\"district\":"u8);
        Text(line, ref n, indicator.District);
        Put(line, ref n, ",\"sector\":"u8);
        Text(line, ref n, indicator.Sector);
        Put(line, ref n, ",\"period\":"u8);
        Text(line, ref n, indicator.Period);
        Put(line, ref n, ",\"sentence\":"u8);
        Put(line, ref n, _sentence.AsSpan(0, _sentenceLength));
        Put(line, ref n, ",\"confidence\":"u8);
        Number(line, ref n, indicator.Confidence);
        Put(line, ref n, "}\n"u8);
        buffer.Advance(n);
    }

    private static int Length(string? text) => text?.Length ?? 0;

    private static void Put(Span<byte> line, ref int n, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(line[n..]);
        n += bytes.Length;
    }

    private static void Integer(Span<byte> line, ref int n, long value)
    {
        Utf8Formatter.TryFormat(value, line[n..], out int written);
        n += written;
    }

    /// <summary>
    /// As Utf8JsonWriter formats a double (the shortest text that reads back the same). Most values are
    /// whole numbers or a confidence in hundredths: those take a faster path to the same text.
    /// </summary>
    private static void Number(Span<byte> line, ref int n, double value)
    {
        if (Hundredths.TryGet(value, out var text))
        {
            Put(line, ref n, text);
            return;
        }
        // Below 1e15 a whole number's shortest form is its digits (from 1e15 on it is 1E+15); -0 is "-0".
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15 && !(value == 0 && double.IsNegative(value)))
        {
            Integer(line, ref n, (long)value);
            return;
        }
        Utf8Formatter.TryFormat(value, line[n..], out int written);
        n += written;
    }

    /// <summary>The formatter's own text for 0.00, 0.01 … 1.00, the values a confidence takes (rounded to two places).</summary>
    private static class Hundredths
    {
        private static readonly byte[][] Texts = Enumerable.Range(0, 101).Select(k =>
        {
            var bytes = new byte[32];
            Utf8Formatter.TryFormat(k / 100.0, bytes, out int written);
            return bytes[..written];
        }).ToArray();

        public static bool TryGet(double value, out ReadOnlySpan<byte> text)
        {
            text = default;
            if (!(value >= 0 && value <= 1)) { return false; }
            int k = (int)Math.Round(value * 100);
            // The same double as the one formatted, bit for bit, or not this path.
            if (k / 100.0 != value || double.IsNegative(value)) { return false; }
            text = Texts[k];
            return true;
        }
    }

    /// <summary>A JSON string (or null) in place: transcoded, then escaped from the first character that needs it.</summary>
    private void Text(Span<byte> line, ref int n, string? text)
    {
        if (text is null)
        {
            Put(line, ref n, "null"u8);
            return;
        }
        line[n++] = (byte)'"';
        n += EscapeInto(text, line[n..]);
        line[n++] = (byte)'"';
    }

    /// <summary>A quoted, escaped string into <paramref name="target"/> (grown as needed); its length.</summary>
    private int Escape(string text, ref byte[] target)
    {
        int bound = text.Length * EscapedBytesPerChar + 2;
        if (target.Length < bound) { target = new byte[Math.Max(bound, target.Length * 2)]; }
        target[0] = (byte)'"';
        int length = 1 + EscapeInto(text, target.AsSpan(1));
        target[length++] = (byte)'"';
        return length;
    }

    private int EscapeInto(string text, Span<byte> destination)
    {
        Utf8.FromUtf16(text, destination, out _, out int written, replaceInvalidSequences: false);
        int first = Encoder.FindFirstCharacterToEncodeUtf8(destination[..written]);
        if (first < 0) { return written; }
        // Rare: a quote, backslash or control character. The escaper reads from a copy of the rest.
        int rest = written - first;
        if (_scratch.Length < rest) { _scratch = new byte[Math.Max(rest, _scratch.Length * 2)]; }
        destination[first..written].CopyTo(_scratch);
        Encoder.EncodeUtf8(_scratch.AsSpan(0, rest), destination[first..], out _, out int escaped);
        return first + escaped;
    }

    /// <summary>Whether every text is free of surrogates and every number finite.</summary>
    private static bool IsPlain(string documentName, IReadOnlyList<Indicator> indicators)
    {
        if (!IsPlain(documentName)) { return false; }
        string? sentence = null;
        for (int i = 0; i < indicators.Count; i++)
        {
            var x = indicators[i];
            if (!ReferenceEquals(x.Sentence, sentence))
            {
                if (!IsPlain(x.Sentence)) { return false; }
                sentence = x.Sentence;
            }
            if (!IsPlain(x.Surface) || !IsPlain(x.Counter) || !IsPlain(x.Metric) || !IsPlain(x.Label) || !IsPlain(x.District)
                || !IsPlain(x.Sector) || !IsPlain(x.Period)
                || !double.IsFinite(x.Value) || x.ValueMax is double max && !double.IsFinite(max) || !double.IsFinite(x.Confidence))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsPlain(string? text) => text is null || text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0;
}
