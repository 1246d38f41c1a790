using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Queries;

/// <summary>
/// One indicator as pages and downloads show it: the contract's fields plus its document and article,
/// and its review status (pending, verified or corrected), reviewer and review time.
/// </summary>
public sealed record IndicatorRow(
    long Id,
    int DocumentId,
    int ArticleId,
    string ArticleTitle,
    string Doc,
    DateOnly? PublishedOn,
    string Surface,
    int Start,
    int End,
    double Value,
    double? ValueMax,
    CanonicalUnit Unit,
    string? Counter,
    Qualifier Qualifier,
    IndicatorKind Kind,
    string Metric,
    string Label,
    string? District,
    string Sector,
    string? Period,
    string Sentence,
    int SentenceStart,
    double Confidence,
    string ReviewStatus = "pending",
    string? ReviewedBy = null,
    DateTime? ReviewedAt = null);
