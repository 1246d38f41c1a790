using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Extraction;

/// <summary>
/// The extraction layer's one entry point: bytes in, articles and indicators out. Implementations
/// are deterministic and thread-safe, so one instance serves a whole application.
/// </summary>
public interface IIndicatorExtractor
{
    /// <summary>Changes whenever a rule or lexicon change can change the output; stored with each indicator.</summary>
    string Version { get; }

    /// <summary>Extracts every indicator of a document.</summary>
    /// <exception cref="UnreadableDocumentException">The bytes are empty, binary or not decodable text.</exception>
    ExtractionResult Extract(SourceDocument document);
}
