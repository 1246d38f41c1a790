namespace MetricsDashboard.Extraction.Model;

/// <summary>
/// A file to extract from: its name, its raw bytes (any supported encoding) and, when metadata
/// gives it, the publication date. Without a date the extractor infers one from the text.
/// </summary>
public sealed record SourceDocument(string Name, ReadOnlyMemory<byte> Content, DateOnly? PublishedOn = null)
{
    /// <summary>Builds a document from text already decoded (tests, re-extraction of stored text).</summary>
    public static SourceDocument FromText(string name, string text, DateOnly? publishedOn = null) =>
        new(name, System.Text.Encoding.UTF8.GetBytes(text), publishedOn);
}
