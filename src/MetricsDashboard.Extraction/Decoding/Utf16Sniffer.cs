namespace MetricsDashboard.Extraction.Decoding;

/// <summary>
/// Recognises UTF-16 without a byte order mark by what it decodes to: Chinese text in UTF-16 reads
/// as ideographs, CJK punctuation and ASCII in the right byte order, and as Hangul, private-use and
/// stray symbols in the wrong one. GB18030 read as UTF-16 lands in the ideograph block for well under
/// half of its characters, so a 90 % bar keeps it out. Counting zero bytes alone fails on Chinese
/// text without ASCII (no zeros) and on text full of 一 (U+4E00, a zero on the "wrong" side).
/// </summary>
internal static class Utf16Sniffer
{
    private const int SampleBytes = 8192;
    private const double TextShare = 0.9;

    /// <summary>
    /// ASCII read two bytes at a time also lands in the ideograph block ("ab" → U+6261), so bytes that
    /// are mostly printable ASCII pairs (English in GB18030 or Latin-1) are no UTF-16: real UTF-16
    /// has a zero byte beside each ASCII character, and under a quarter of ideographs are two ASCII bytes.
    /// </summary>
    private const double AsciiPairShare = 0.5;

    /// <summary>"utf-16le", "utf-16be" or null when the bytes do not read as UTF-16 text.</summary>
    public static string? Guess(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) { return null; }
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        if (AsciiPairs(sample) > AsciiPairShare) { return null; }
        double little = TextLikeShare(sample, bigEndian: false);
        double big = TextLikeShare(sample, bigEndian: true);
        if (little >= TextShare && little > big) { return "utf-16le"; }
        if (big >= TextShare && big > little) { return "utf-16be"; }
        return null;
    }

    private static double TextLikeShare(ReadOnlySpan<byte> sample, bool bigEndian)
    {
        int units = sample.Length / 2, textLike = 0;
        for (int i = 0; i + 1 < sample.Length; i += 2)
        {
            char c = bigEndian ? (char)(sample[i] << 8 | sample[i + 1]) : (char)(sample[i + 1] << 8 | sample[i]);
            if (IsTextLike(c)) { textLike++; }
        }
        return units == 0 ? 0 : (double)textLike / units;
    }

    private static double AsciiPairs(ReadOnlySpan<byte> sample)
    {
        int pairs = 0;
        for (int i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] is >= 0x20 and <= 0x7E && sample[i + 1] is >= 0x20 and <= 0x7E) { pairs++; }
        }
        return (double)pairs / (sample.Length / 2);
    }

    private static bool IsTextLike(char c) =>
        c is '\n' or '\r' or '\t' or (>= ' ' and <= '~')
        || c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF')
        || c is (>= '\u2010' and <= '\u206F') or '\u00B7' or '\u00A0';
}
