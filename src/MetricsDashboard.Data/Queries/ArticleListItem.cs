namespace MetricsDashboard.Data.Queries;

/// <summary>An article in a list, with the number of its indicators (those matching the filter, when there is one).</summary>
public sealed record ArticleListItem(int Id, int DocumentId, string? Title, string? Byline, string? District, string? Sector, DateOnly? PublishedOn, string FileName, int IndicatorCount);
