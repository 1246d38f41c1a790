using MetricsDashboard.Extraction.Output;
namespace MetricsDashboard.Data.Review;

/// <summary>
/// The review workflow behind the review page and the CLI's <c>review</c> commands. Every action
/// records a decision and its audit lines, then stores the figure's document again so that the
/// decision holds everywhere at once. Actions throw <see cref="ReviewException"/> for an unknown
/// figure or an invalid correction, having changed nothing.
/// </summary>
public interface IReviewService
{
    /// <summary>The queue: stored figures by doubt (most doubtful first), or excluded/orphaned decisions, newest first.</summary>
    Task<IReadOnlyList<ReviewItem>> ListAsync(ReviewQuery query, CancellationToken ct = default);

    /// <summary>The paragraph of a stored figure with its sentence and surface placed, or null when the figure is gone.</summary>
    Task<ReviewContext?> ContextAsync(long indicatorId, CancellationToken ct = default);

    Task<ReviewOutcome> VerifyAsync(long indicatorId, string by, CancellationToken ct = default);

    Task<ReviewOutcome> ExcludeAsync(long indicatorId, string reason, string by, CancellationToken ct = default);

    /// <summary>Corrects fields (<see cref="ReviewFields.All"/> to wire values; empty text for null), on top of earlier corrections.</summary>
    Task<ReviewOutcome> CorrectAsync(long indicatorId, IReadOnlyDictionary<string, string?> fields, string by, CancellationToken ct = default);

    /// <summary>
    /// Makes figure <paramref name="indicatorId"/> one fact with figure <paramref name="intoIndicatorId"/>:
    /// a correction of the fields facts are keyed by (metric, area, period, kind, unit, counter,
    /// value) to the target's reading, so the fact grouper joins them on every storing.
    /// </summary>
    Task<ReviewOutcome> MergeAsync(long indicatorId, long intoIndicatorId, string by, CancellationToken ct = default);

    /// <summary>
    /// Takes figure <paramref name="indicatorId"/> out of the fact the grouper put it in: it becomes
    /// a fact of its own on every storing, never merged with another mention, and totals count both.
    /// Refused for a figure that is alone in its fact already.
    /// </summary>
    Task<ReviewOutcome> SplitAsync(long indicatorId, string by, CancellationToken ct = default);

    /// <summary>Takes back a decision in force; the decision it replaced holds again.</summary>
    Task<ReviewOutcome> UndoAsync(long decisionId, string by, CancellationToken ct = default);

    /// <summary>The audit trail, newest first.</summary>
    Task<IReadOnlyList<ReviewAudit>> AuditAsync(int take, CancellationToken ct = default);

    /// <summary>The reviewed (verified or corrected) figures as gold records, per document in name order.</summary>
    Task<IReadOnlyList<GoldRecord>> GoldAsync(string? document, CancellationToken ct = default);
}
