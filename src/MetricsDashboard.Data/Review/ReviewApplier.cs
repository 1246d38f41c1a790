using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Review;

/// <summary>
/// Applies the review decisions of a document to its freshly extracted mentions, before they are
/// grouped into facts and written: corrected fields are written into the rows, excluded mentions
/// are left out, verified, corrected and split ones carry their status, reviewer and time (a split
/// mention's status is what keeps the fact grouper from merging it). So facts,
/// rollups and every query see the reviewed figures without knowing about review.
/// A decision finds its mention by offsets and surface (the same content, or unmoved offsets), else
/// by the same surface in the same sentence nearest its old offset; one that finds none is orphaned
/// (and tried again on the next storing), never dropped.
/// </summary>
public static class ReviewApplier
{
    /// <summary>
    /// Applies the decisions holding for <paramref name="document"/> to <paramref name="rows"/> (ids
    /// already chosen) and returns the rows to store. Runs inside the caller's transaction; decisions
    /// that moved, orphaned or reattached are saved with it.
    /// </summary>
    public static async Task<List<StoredIndicator>> ApplyAsync(MetricsDbContext db, StoredDocument document, List<StoredIndicator> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rows);
        var decisions = await db.Set<ReviewDecision>().AsTracking()
            .Where(d => d.Document == document.FileName && (d.Status == DecisionStatuses.Active || d.Status == DecisionStatuses.Orphaned))
            .OrderBy(d => d.Id)
            .ToListAsync(ct);
        if (decisions.Count == 0)
        {
            return rows;
        }
        var claimed = new HashSet<StoredIndicator>(ReferenceEqualityComparer.Instance);
        var excluded = new HashSet<long>();
        var now = DateTime.UtcNow;
        foreach (var decision in decisions)
        {
            var row = Find(decision, document.ContentHash, rows, claimed);
            if (row is null)
            {
                if (decision.Status == DecisionStatuses.Active)
                {
                    decision.Status = DecisionStatuses.Orphaned;
                    db.Set<ReviewAudit>().Add(Audit(decision, ReviewActions.Orphan, now, DecisionStatuses.Active, DecisionStatuses.Orphaned));
                }
                continue;
            }
            claimed.Add(row);
            if (decision.Status == DecisionStatuses.Orphaned)
            {
                decision.Status = DecisionStatuses.Active;
                db.Set<ReviewAudit>().Add(Audit(decision, ReviewActions.Reattach, now, DecisionStatuses.Orphaned, DecisionStatuses.Active));
            }
            // Keyed to where the mention stands now, so that the next move is measured from here.
            (decision.ContentHash, decision.Start, decision.End, decision.Sentence) = (document.ContentHash, row.Start, row.End, row.Sentence);
            if (decision.Action == ReviewActions.Exclude)
            {
                excluded.Add(row.Id);
                continue;
            }
            var corrections = ReviewCorrections.Parse(decision.Corrections);
            foreach (var (field, value) in corrections)
            {
                ReviewFields.Write(row, field, value);
            }
            row.ReviewStatus = decision.Action == ReviewActions.Split ? ReviewStatuses.Split
                : corrections.Count > 0 ? ReviewStatuses.Corrected : ReviewStatuses.Verified;
            row.ReviewedBy = decision.By;
            row.ReviewedAt = decision.At;
        }
        await db.SaveChangesAsync(ct);
        if (excluded.Count == 0)
        {
            return rows;
        }
        var kept = rows.Where(r => !excluded.Contains(r.Id)).ToList();
        foreach (var row in kept)
        {
            // A part of an excluded total stands on its own.
            if (row.PartOfIndicatorId is long total && excluded.Contains(total))
            {
                row.PartOfIndicatorId = null;
            }
        }
        return kept;
    }

    /// <summary>The mention a decision applies to among those not yet claimed, else null.</summary>
    public static StoredIndicator? Find(ReviewDecision decision, string contentHash, IReadOnlyList<StoredIndicator> rows, IReadOnlySet<StoredIndicator> claimed)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(claimed);
        var sameContent = decision.ContentHash == contentHash;
        var exact = rows.FirstOrDefault(r => !claimed.Contains(r) && r.Start == decision.Start && r.End == decision.End && r.Surface == decision.Surface
            && (sameContent || r.Sentence == decision.Sentence));
        return exact ?? rows
            .Where(r => !claimed.Contains(r) && r.Surface == decision.Surface && r.Sentence == decision.Sentence)
            .OrderBy(r => Math.Abs(r.Start - decision.Start))
            .FirstOrDefault();
    }

    private static ReviewAudit Audit(ReviewDecision decision, string action, DateTime at, string old, string now) => new()
    {
        DecisionId = decision.Id,
        At = at,
        By = ReviewActions.SystemActor,
        Action = action,
        Document = decision.Document,
        Surface = decision.Surface,
        Start = decision.Start,
        Field = "status",
        OldValue = old,
        NewValue = now,
    };
}
