namespace MetricsDashboard.Data.Search;

/// <summary>What a text index holds of one indicator: its id and the two texts the free-text filter reads.</summary>
public readonly record struct IndexedText(long Id, string? Label, string? Sentence);
