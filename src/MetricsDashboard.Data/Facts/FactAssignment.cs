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
}
