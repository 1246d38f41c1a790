namespace MetricsDashboard.Data.Review;

/// <summary>
/// Where a <see cref="ReviewDecision"/> stands. Only the newest decision of a mention is active (or
/// orphaned); earlier ones are superseded, undone ones stay for the audit trail.
/// </summary>
public static class DecisionStatuses
{
    /// <summary>Holds: applied whenever its document's figures are stored.</summary>
    public const string Active = "active";

    /// <summary>Holds, but the last storing of its document found no figure it applies to; tried again on every storing.</summary>
    public const string Orphaned = "orphaned";

    /// <summary>Replaced by a later decision on the same mention (which carries its corrections on).</summary>
    public const string Superseded = "superseded";

    /// <summary>Taken back; the decision it had superseded holds again.</summary>
    public const string Undone = "undone";
}
