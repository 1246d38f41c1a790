using System.Buffers;
using System.Text;

namespace MetricsDashboard.Extraction.Decoding;

/// <summary>
/// A file that is UTF-8 but for a few damaged bytes (a truncated copy, one bad sector, a stray
/// Latin-1 byte): decoded as UTF-8 with each bad byte replaced by U+FFFD and its offset reported.
/// The bar is the share of damage among the multi-byte sequences: GB18030 text read as UTF-8 is
/// invalid almost everywhere, so it never passes and still goes to the GB18030 decoder.
/// </summary>
internal static class DamagedUtf8
{
    /// <summary>At most one bad byte for every 50 valid multi-byte characters.</summary>
    private const int ValidPerInvalid = 50;

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out DecodedText decoded)
    {
        decoded = default;
        var invalid = new List<int>();
        int multiByte = 0;
        var text = new StringBuilder(bytes.Length);
        Span<char> utf16 = stackalloc char[2];
        int i = 0;
        while (i < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[i..], out var rune, out int consumed);
            if (status == OperationStatus.Done)
            {
                if (consumed > 1) { multiByte++; }
                text.Append(utf16[..rune.EncodeToUtf16(utf16)]);
            }
            else
            {
                invalid.Add(i);
                text.Append('\uFFFD');
            }
            i += Math.Max(consumed, 1);
        }
        if (invalid.Count == 0 || multiByte < invalid.Count * ValidPerInvalid) { return false; }
        decoded = new DecodedText(text.ToString(), "utf-8", invalid);
        return true;
    }
}
