using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Review;

/// <summary>
/// One figure as the review queue shows it: the contract's fields as they now read, its review
/// status, and why it is doubtful. A stored mention has an <see cref="Id"/>; an excluded or
/// orphaned figure exists only as its decision (<see cref="DecisionId"/>) and shows the reading it
/// had when the decision was taken. <see cref="FactMentions"/>: how many mentions its fact has (a
/// figure can be split off only from a fact of two or more; 0 for a decision).
/// </summary>
public sealed record ReviewItem(
    long? Id,
    long? DecisionId,
    string Doc,
    int? ArticleId,
    string Surface,
    int Start,
    int End,
    string Status,
    double? Value,
    double? ValueMax,
    CanonicalUnit? Unit,
    string? Counter,
    Qualifier? Qualifier,
    IndicatorKind? Kind,
    string? Metric,
    string? Label,
    string? District,
    string? Sector,
    string? Period,
    string Sentence,
    double? Confidence,
    IReadOnlyList<string> Doubts,
    string? ReviewedBy,
    DateTime? ReviewedAt,
    string? Reason,
    int FactMentions = 0);
