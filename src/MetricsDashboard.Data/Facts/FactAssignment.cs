namespace MetricsDashboard.Data.Facts;

/// <summary>The facts of one document's mentions, decided before the mentions are written.</summary>
internal sealed class FactAssignment
{
    /// <summary>Per mention id: its fact and why it joined it.</summary>
    public Dictionary<long, (long FactId, string Reason)> Of { get; } = [];

    /// <summary>Every fact made or joined.</summary>
    public HashSet<long> Touched { get; } = [];

    /// <summary>Facts to recompute from the database once the mentions are written: the stored facts joined.</summary>
    public HashSet<long> Recompute { get; } = [];

    /// <summary>Per stored fact joined: the mentions of this document that joined it (it had none of them before).</summary>
    public Dictionary<long, List<MentionRow>> Joined { get; } = [];

    /// <summary>The rollup state of the stored facts joined, read before this document joined them.</summary>
    public Dictionary<long, FactRollupState> StoredBefore { get; set; } = [];

    /// <summary>The facts inserted for this document, as inserted (those also in <see cref="Recompute"/> change once more).</summary>
    public List<Model.Fact> Made { get; } = [];

    /// <summary>The facts made here that are final: added to their rollup rows rather than recomputed.</summary>
    public List<Model.Fact> Final() => Made.Where(f => !Recompute.Contains(f.Id)).ToList();
}
