namespace MetricsDashboard.Data.Import;

/// <summary>What is known about a file beyond its bytes (sidecar <c>.meta.json</c>, upload form).</summary>
public sealed record ImportMetadata(DateOnly? PublishedOn = null, string? SourceName = null, string? Title = null, string? Url = null);
