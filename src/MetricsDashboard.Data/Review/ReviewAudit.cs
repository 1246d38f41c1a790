namespace MetricsDashboard.Data.Review;

/// <summary>One line of the append-only audit trail: who changed which field of which figure, when, from what to what.</summary>
public sealed class ReviewAudit
{
    public long Id { get; set; }

    public long DecisionId { get; set; }

    /// <summary>UTC time.</summary>
    public DateTime At { get; set; }

    public required string By { get; set; }

    /// <summary>verify, exclude, correct, undo, orphan or reattach (<see cref="ReviewActions"/>).</summary>
    public required string Action { get; set; }

    public required string Document { get; set; }

    public required string Surface { get; set; }

    public int Start { get; set; }

    /// <summary>The contract field changed, or <c>status</c>.</summary>
    public required string Field { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }
}
