using MetricsDashboard.Data.Review;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Output;

namespace MetricsDashboard.Web.Tests.Components.Fakes;

/// <summary>A review service over a list in memory that records every action it is asked for.</summary>
public sealed class FakeReviewService : IReviewService
{
    public List<ReviewItem> Items { get; } = [];

    public List<ReviewAudit> Audit { get; } = [];

    public List<string> Calls { get; } = [];

    public List<ReviewQuery> Queries { get; } = [];

    public IReadOnlyDictionary<string, string?>? LastCorrection { get; private set; }

    /// <summary>When set, the next action fails with this message (as the service does for a bad correction).</summary>
    public string? FailWith { get; set; }

    public Task<IReadOnlyList<ReviewItem>> ListAsync(ReviewQuery query, CancellationToken ct = default)
    {
        Queries.Add(query);
        return Task.FromResult<IReadOnlyList<ReviewItem>>(Items.Where(i => query.Status is null || i.Status == query.Status).ToList());
    }

    public Task<ReviewContext?> ContextAsync(long indicatorId, CancellationToken ct = default)
    {
        var item = Items.FirstOrDefault(i => i.Id == indicatorId);
        if (item is null)
        {
            return Task.FromResult<ReviewContext?>(null);
        }
        var paragraph = "前文。" + item.Sentence + "后文。";
        var surface = item.Sentence.IndexOf(item.Surface, StringComparison.Ordinal);
        return Task.FromResult<ReviewContext?>(new ReviewContext(paragraph, 3, item.Sentence.Length, 3 + surface, item.Surface.Length));
    }

    public Task<ReviewOutcome> VerifyAsync(long indicatorId, string by, CancellationToken ct = default) => Act($"verify {indicatorId} by {by}", ReviewStatuses.Verified);

    public Task<ReviewOutcome> ExcludeAsync(long indicatorId, string reason, string by, CancellationToken ct = default) => Act($"exclude {indicatorId} '{reason}' by {by}", ReviewStatuses.Excluded);

    public Task<ReviewOutcome> CorrectAsync(long indicatorId, IReadOnlyDictionary<string, string?> fields, string by, CancellationToken ct = default)
    {
        LastCorrection = fields;
        return Act($"correct {indicatorId} {string.Join(',', fields.Select(f => f.Key + "=" + f.Value))} by {by}", ReviewStatuses.Corrected);
    }

    public Task<ReviewOutcome> MergeAsync(long indicatorId, long intoIndicatorId, string by, CancellationToken ct = default) => Act($"merge {indicatorId} into {intoIndicatorId} by {by}", ReviewStatuses.Corrected);

    public Task<ReviewOutcome> SplitAsync(long indicatorId, string by, CancellationToken ct = default) => Act($"split {indicatorId} by {by}", ReviewStatuses.Split);

    public Task<ReviewOutcome> UndoAsync(long decisionId, string by, CancellationToken ct = default) => Act($"undo {decisionId} by {by}", ReviewStatuses.Pending);

    public Task<IReadOnlyList<ReviewAudit>> AuditAsync(int take, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<ReviewAudit>>(Audit.Take(take).ToList());

    public Task<IReadOnlyList<GoldRecord>> GoldAsync(string? document, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<GoldRecord>>([]);

    private Task<ReviewOutcome> Act(string call, string status)
    {
        if (FailWith is string message)
        {
            FailWith = null;
            return Task.FromException<ReviewOutcome>(new ReviewException(message));
        }
        Calls.Add(call);
        return Task.FromResult(new ReviewOutcome(Calls.Count, null, status));
    }

    /// <summary>A stored figure alone in its fact.</summary>
    public static ReviewItem Item(long id, string surface, string metric = "retail_sales", string status = ReviewStatuses.Pending, params string[] doubts) =>
        Item(id, surface, 1, metric, status, doubts);

    /// <summary>A stored figure; <paramref name="factMentions"/> is how many mentions its fact has.</summary>
    public static ReviewItem Item(long id, string surface, int factMentions, string metric = "retail_sales", string status = ReviewStatuses.Pending, params string[] doubts) =>
        new(id, null, "a.txt", 1, surface, 10, 10 + surface.Length, status, 1e8, null, CanonicalUnit.Cny, null, Qualifier.Exact, IndicatorKind.Actual, metric, "零售总额", "锦江区",
            "consumption_commerce", "2024", $"锦江区零售总额{surface}。", 0.5, doubts, null, null, null, factMentions);
}
