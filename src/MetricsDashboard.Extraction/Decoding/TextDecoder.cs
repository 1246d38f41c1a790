using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace MetricsDashboard.Extraction.Decoding;

/// <summary>
/// Turns a document's bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM or the
/// pattern of zero bytes) and GB18030/GBK. Empty, binary and undecodable input is rejected with
/// an <see cref="UnreadableDocumentException"/> whose reason an analyst can act on.
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        // GB18030 is not built into .NET Core; the code-pages provider ships in the shared framework.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    // The magic numbers of formats people upload by mistake; NUL bytes catch most others.
    private static readonly byte[][] BinarySignatures =
    [
        [0x89, 0x50, 0x4E, 0x47], // PNG
        [0x25, 0x50, 0x44, 0x46], // %PDF
        [0x50, 0x4B, 0x03, 0x04], // ZIP, DOCX, XLSX
        [0xFF, 0xD8, 0xFF],       // JPEG
        [0x47, 0x49, 0x46, 0x38], // GIF
        [0xD0, 0xCF, 0x11, 0xE0], // OLE (DOC, XLS)
        [0x1F, 0x8B],             // GZIP
    ];

    /// <summary>Decodes by the strict rules above; bytes invalid in an otherwise clean UTF-8 file are reported, not guessed around.</summary>
    public static DecodedText Decode(string documentName, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) { throw new UnreadableDocumentException(documentName, "the file is empty (0 bytes)."); }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Checked(documentName, DecodeUtf8(documentName, bytes[3..]), "utf-8-bom");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Checked(documentName, DecodeWith(documentName, StrictUtf16Le, bytes[2..], "UTF-16 LE"), "utf-16le");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Checked(documentName, DecodeWith(documentName, StrictUtf16Be, bytes[2..], "UTF-16 BE"), "utf-16be");
        }
        foreach (var signature in BinarySignatures)
        {
            if (bytes.StartsWith(signature))
            {
                throw new UnreadableDocumentException(documentName, "the file is binary (its header is that of an image, PDF or archive), not text.");
            }
        }
        bool hasNul = bytes.Contains((byte)0);
        // UTF-8 text never holds a NUL byte; UTF-16 text almost always does (ASCII, 一 U+4E00).
        string? utf8 = hasNul ? null : TryStrictUtf8(bytes);
        if (utf8 is not null)
        {
            return Checked(documentName, utf8, "utf-8");
        }
        var utf16 = Utf16Sniffer.Guess(bytes);
        if (utf16 is not null)
        {
            var encoding = utf16 == "utf-16le" ? StrictUtf16Le : StrictUtf16Be;
            return Checked(documentName, DecodeWith(documentName, encoding, bytes, "UTF-16"), utf16);
        }
        if (hasNul)
        {
            throw new UnreadableDocumentException(documentName, "the file is binary (it contains NUL bytes), not text.");
        }
        // UTF-8 but for a few damaged bytes: GB18030 would decode it "successfully" into mojibake.
        if (DamagedUtf8.TryDecode(bytes, out var damaged))
        {
            return Checked(documentName, damaged.Text, "utf-8") with { InvalidByteOffsets = damaged.InvalidByteOffsets };
        }
        string gb;
        try
        {
            gb = StrictGb18030.Value.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableDocumentException(documentName, "the bytes are neither UTF-8, UTF-16 nor GB18030/GBK text.");
        }
        return Checked(documentName, gb, "gb18030");
    }

    /// <summary>One pass that both validates and decodes: the common case must not read the bytes twice.</summary>
    private static string? TryStrictUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string DecodeUtf8(string documentName, ReadOnlySpan<byte> bytes) =>
        Utf8.IsValid(bytes)
            ? Encoding.UTF8.GetString(bytes)
            : throw new UnreadableDocumentException(documentName, "the file starts with a UTF-8 byte order mark but holds invalid UTF-8.");

    private static string DecodeWith(string documentName, Encoding encoding, ReadOnlySpan<byte> bytes, string label)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableDocumentException(documentName, $"the file looks like {label} but holds invalid {label} sequences.");
        }
    }

    /// <summary>Decoded text that is mostly control characters is binary that happened to decode.</summary>
    private static DecodedText Checked(string documentName, string text, string encodingName)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyExcept(Whitespace) < 0)
        {
            throw new UnreadableDocumentException(documentName, "the file holds no visible text (only whitespace).");
        }
        // Vectorised search first: almost every real document has no control character at all.
        int first = span.IndexOfAny(ControlCharacters);
        if (first < 0) { return new DecodedText(text, encodingName); }
        int control = 0;
        foreach (char c in span[first..])
        {
            if (ControlCharacters.Contains(c)) { control++; }
        }
        if (control * 100 > text.Length)
        {
            throw new UnreadableDocumentException(documentName, $"the file is binary ({control} control characters in {text.Length}), not text.");
        }
        return new DecodedText(text, encodingName);
    }

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\r\n\f\v\u3000\u00A0\uFEFF");

    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");
}
