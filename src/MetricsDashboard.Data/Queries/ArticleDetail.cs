namespace MetricsDashboard.Data.Queries;

/// <summary>An article with its text and all its indicators.</summary>
/// <param name="Article">The article.</param>
/// <param name="Text">The article's slice of the document's normalised text.</param>
/// <param name="TextOffset">Offset of <paramref name="Text"/> in the normalised text: an indicator's <c>Start - TextOffset</c> is its position in <paramref name="Text"/>.</param>
/// <param name="Indicators">The article's indicators in text order.</param>
public sealed record ArticleDetail(ArticleListItem Article, string Text, int TextOffset, IReadOnlyList<IndicatorRow> Indicators);
