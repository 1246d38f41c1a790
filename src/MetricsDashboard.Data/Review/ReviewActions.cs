namespace MetricsDashboard.Data.Review;

/// <summary>The actions a decision records, and the further entries of the audit trail.</summary>
public static class ReviewActions
{
    public const string Verify = "verify";
    public const string Exclude = "exclude";
    public const string Correct = "correct";

    /// <summary>Takes a mention out of the fact the grouper put it in: it becomes a fact of its own (<see cref="Facts.MergeReason.ReviewSplit"/>).</summary>
    public const string Split = "split";

    /// <summary>Audit only: a decision was taken back.</summary>
    public const string Undo = "undo";

    /// <summary>Audit only: storing the document found no figure for the decision.</summary>
    public const string Orphan = "orphan";

    /// <summary>Audit only: an orphaned decision found its figure again.</summary>
    public const string Reattach = "reattach";

    /// <summary>Who the audit names for what the importer does on its own.</summary>
    public const string SystemActor = "system";
}
