namespace MetricsDashboard.Data.Review;

/// <summary>A review action that cannot be done as asked: an unknown figure or decision, or an invalid correction. The message says why; nothing was changed.</summary>
public sealed class ReviewException(string message, bool notFound = false) : Exception(message)
{
    /// <summary>Whether the figure or decision named does not exist (rather than the request being wrong).</summary>
    public bool NotFound { get; } = notFound;
}
