namespace MetricsDashboard.Data.Review;

/// <summary>The paragraph a figure stands in, with the offsets (within it) of its sentence and its surface, for highlighting.</summary>
public sealed record ReviewContext(string Paragraph, int SentenceStart, int SentenceLength, int SurfaceStart, int SurfaceLength);
