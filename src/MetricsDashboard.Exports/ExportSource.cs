namespace MetricsDashboard.Exports;

/// <summary>An article cited by the rows of a download.</summary>
public sealed record ExportSource(int ArticleId, string? Title, string FileName, DateOnly? PublishedOn);
