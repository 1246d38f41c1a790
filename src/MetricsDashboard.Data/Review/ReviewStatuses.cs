namespace MetricsDashboard.Data.Review;

/// <summary>
/// The review status of a figure as pages, downloads and the CLI name it. A mention row carries
/// pending, verified, corrected or split; excluded and orphaned figures exist only as decisions.
/// </summary>
public static class ReviewStatuses
{
    public const string Pending = "pending";
    public const string Verified = "verified";
    public const string Corrected = "corrected";

    /// <summary>Split off its fact by a reviewer: the fact grouper never merges it with another mention (corrections it carries still apply).</summary>
    public const string Split = "split";
    public const string Excluded = "excluded";
    public const string Orphaned = "orphaned";

    /// <summary>Every status a list can be filtered by, in the order the page offers them.</summary>
    public static IReadOnlyList<string> All { get; } = [Pending, Verified, Corrected, Split, Excluded, Orphaned];

    public static bool IsKnown(string? status) => status is not null && All.Contains(status, StringComparer.Ordinal);
}
