using System.Data.Common;
using MetricsDashboard.Data.Infrastructure;

namespace MetricsDashboard.Data.Search;

/// <summary>
/// A provider's index over the label and sentence of every indicator, for the free-text filter.
/// It must answer exactly as the substring scan would (<c>Label</c> or <c>Sentence</c> contains the term).
/// </summary>
internal interface IIndicatorTextIndex
{
    /// <summary>The ids of the indicators whose label or sentence contains <paramref name="term"/>, as a subquery (an id may come more than once: count them distinct); null when the index cannot answer it (the caller scans).</summary>
    IQueryable<long>? Matching(MetricsDbContext db, string term);

    /// <summary>How many indicators <see cref="Matching"/> holds, each counted once; null when the index cannot answer.</summary>
    Task<int?> CountAsync(MetricsDbContext db, string term, CancellationToken ct);

    /// <summary>
    /// Indexes indicators already inserted, inside the caller's transaction. Writers hand over many
    /// rows at once (an import: a whole batch, at its commit), so an index may write them set-based.
    /// Removal needs no call: the index goes with its indicator (SQLite: a trigger).
    /// </summary>
    void Add(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<IndexedText> rows);
}
