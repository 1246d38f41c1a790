namespace MetricsDashboard.Data.Queries;

/// <summary>An article that figures of a download come from, so every number can be traced to its text.</summary>
/// <param name="ArticleId">The article's id (its page is <c>/articles/{id}</c>).</param>
/// <param name="Title">The article's title, empty when the text has none.</param>
/// <param name="Doc">The file the article was imported from.</param>
/// <param name="PublishedOn">The publication date, when known.</param>
public sealed record CitedArticle(int ArticleId, string Title, string Doc, DateOnly? PublishedOn);
