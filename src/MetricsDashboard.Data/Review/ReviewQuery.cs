namespace MetricsDashboard.Data.Review;

/// <summary>What the review queue lists: a status (pending by default; null for every stored figure), the contract's filters and a doubt reason.</summary>
public sealed record ReviewQuery
{
    public string? Status { get; init; } = ReviewStatuses.Pending;

    public string? District { get; init; }

    public string? Sector { get; init; }

    public string? Metric { get; init; }

    /// <summary>One of <see cref="DoubtReasons.All"/>.</summary>
    public string? Doubt { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 100;
}
