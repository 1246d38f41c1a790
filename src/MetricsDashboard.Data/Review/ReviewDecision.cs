namespace MetricsDashboard.Data.Review;

/// <summary>
/// What a reviewer decided about one mention: the durable truth that every storing of the
/// document (import, re-import of a changed file, re-extraction) applies to the new rows. The
/// mention is keyed by its document's identity, the content hash and offsets it had when reviewed,
/// and its surface and sentence for the fallback when the offsets move.
/// </summary>
public sealed class ReviewDecision
{
    public long Id { get; set; }

    /// <summary>The document's identity (<see cref="Import.DocumentIdentity"/>): its stored file name.</summary>
    public required string Document { get; set; }

    /// <summary>The document's content hash when the mention was last found.</summary>
    public required string ContentHash { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Surface { get; set; }

    public required string Sentence { get; set; }

    /// <summary>verify, exclude or correct (<see cref="ReviewActions"/>).</summary>
    public required string Action { get; set; }

    /// <summary>Why a figure is excluded.</summary>
    public string? Reason { get; set; }

    /// <summary>The corrected fields as a JSON object of contract field names to wire values (carried on by later decisions).</summary>
    public string? Corrections { get; set; }

    /// <summary>The extracted values of the corrected fields, as a JSON object like <see cref="Corrections"/>.</summary>
    public string? Originals { get; set; }

    public required string By { get; set; }

    /// <summary>UTC time of the decision.</summary>
    public DateTime At { get; set; }

    /// <summary>active, orphaned, superseded or undone (<see cref="DecisionStatuses"/>).</summary>
    public required string Status { get; set; }

    /// <summary>The decision on the same mention this one replaced, which an undo restores.</summary>
    public long? SupersedesId { get; set; }
}
