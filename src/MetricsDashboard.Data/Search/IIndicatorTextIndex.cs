using MetricsDashboard.Data.Infrastructure;

namespace MetricsDashboard.Data.Search;

/// <summary>
/// A provider's index over the label and sentence of every indicator, for the free-text filter.
/// It must answer exactly as the substring scan would (<c>Label</c> or <c>Sentence</c> contains the term).
/// </summary>
internal interface IIndicatorTextIndex
{
    /// <summary>The ids of the indicators whose label or sentence contains <paramref name="term"/>, as a subquery; null when the index cannot answer it (the caller scans).</summary>
    IQueryable<long>? Matching(MetricsDbContext db, string term);
}
