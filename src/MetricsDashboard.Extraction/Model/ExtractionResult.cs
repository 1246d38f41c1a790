namespace MetricsDashboard.Extraction.Model;

/// <summary>Everything the extractor learned from one document.</summary>
/// <param name="DocumentName">The source file name.</param>
/// <param name="EncodingName">The encoding the bytes were decoded with (utf-8, utf-16le, gb18030 …).</param>
/// <param name="OriginalText">The decoded text before normalisation.</param>
/// <param name="NormalisedText">The text all offsets refer to.</param>
/// <param name="PublishedOn">The publication date, given or inferred.</param>
/// <param name="DateSource">How <paramref name="PublishedOn"/> was found.</param>
/// <param name="Articles">The articles of the page, in order.</param>
/// <param name="Indicators">The indicators, in text order.</param>
/// <param name="Warnings">Non-fatal problems.</param>
/// <param name="ExtractorVersion">The version of the extractor that produced this result.</param>
public sealed record ExtractionResult(
    string DocumentName,
    string EncodingName,
    string OriginalText,
    string NormalisedText,
    DateOnly? PublishedOn,
    DateSource DateSource,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<ExtractionWarning> Warnings,
    string ExtractorVersion)
{
    /// <summary>Maps an offset in <see cref="NormalisedText"/> back to <see cref="OriginalText"/>; set by the normaliser.</summary>
    public Func<int, int>? ToOriginalOffset { get; init; }
}
