using MetricsDashboard.Data.Queries;

namespace MetricsDashboard.Web.Model.Articles;

/// <summary>A run of article text rendered one way: plain, or one indicator's number, inside or outside the focused sentence.</summary>
/// <param name="Text">The characters of the run (rendered as text, so always HTML-encoded).</param>
/// <param name="Indicator">The indicator whose number this run is, or null for plain text.</param>
/// <param name="InFocus">Whether the run lies in the sentence of the indicator the URL asks for.</param>
/// <param name="IsIndicatorStart">Whether this is the first run of its indicator (the one that carries the element id).</param>
public sealed record ArticleTextSegment(string Text, IndicatorRow? Indicator, bool InFocus, bool IsIndicatorStart);
