namespace MetricsDashboard.Extraction.Decoding;

/// <summary>Text decoded from a document's bytes, with the name of the encoding that worked.</summary>
internal readonly record struct DecodedText(string Text, string EncodingName);
