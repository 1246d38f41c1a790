namespace MetricsDashboard.Extraction.Decoding;

/// <summary>
/// Text decoded from a document's bytes, with the name of the encoding that worked and the offsets
/// of bytes that were not valid in it (replaced with U+FFFD; empty for a clean decode).
/// </summary>
internal readonly record struct DecodedText(string Text, string EncodingName, IReadOnlyList<int> InvalidByteOffsets)
{
    public DecodedText(string text, string encodingName) : this(text, encodingName, []) { }
}
