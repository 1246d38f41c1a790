namespace MetricsDashboard.Data.Queries.Facts;

/// <summary>
/// One mention of a fact, as its source: the document and article, the sentence and offsets (into
/// the document's normalised text), what it read, and why it was merged into the fact.
/// </summary>
public sealed record FactSource(
    long IndicatorId,
    long FactId,
    int DocumentId,
    string FileName,
    int ArticleId,
    string? ArticleTitle,
    DateOnly? PublishedOn,
    string Surface,
    int Start,
    int End,
    string Sentence,
    int SentenceStart,
    string? District,
    string? Period,
    string Label,
    bool InHeadline,
    string? MergeReason,
    bool IsRepresentative);
