namespace MetricsDashboard.Data.Search;

/// <summary>
/// What a text index holds of one indicator: its id, the two texts the free-text filter reads, and
/// where its sentence stands (document and offset), so that the figures of one sentence, written one
/// after another, can share one copy of it in the index (<see cref="SqliteBigramIndex"/>).
/// </summary>
public readonly record struct IndexedText(long Id, string? Label, string? Sentence, int DocumentId = 0, int SentenceStart = 0);
