using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Model;

/// <summary>
/// One imported file: its raw-content hash (the identity used to recognise a re-import), the text
/// as decoded and as normalised (all offsets refer to the latter) and its publication metadata.
/// </summary>
public sealed class StoredDocument
{
    public int Id { get; set; }

    /// <summary>The source file name; a later import of the same name with other content replaces this document.</summary>
    public required string FileName { get; set; }

    /// <summary>SHA-256 of the raw bytes, lower-case hex.</summary>
    public required string ContentHash { get; set; }

    public required string EncodingName { get; set; }

    public required string OriginalText { get; set; }

    public required string NormalisedText { get; set; }

    public DateOnly? PublishedOn { get; set; }

    /// <summary>Where <see cref="PublishedOn"/> came from.</summary>
    public required DateSource DateSource { get; set; }

    public string? SourceName { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    /// <summary>UTC time of the import that stored this version.</summary>
    public DateTime ImportedAt { get; set; }

    public required string ExtractorVersion { get; set; }

    public long SizeBytes { get; set; }

    public List<StoredArticle> Articles { get; set; } = [];
}
