namespace MetricsDashboard.Extraction.Model;

/// <summary>
/// One numeric indicator found in an article, with the fields of the indicator contract
/// (INDICATORS.md). Offsets are into the normalised text of the document.
/// </summary>
/// <param name="Surface">The number with its unit as it stands in the normalised text, e.g. <c>5200亿元</c>.</param>
/// <param name="Start">Offset of <paramref name="Surface"/> in the normalised text.</param>
/// <param name="End">Offset just past <paramref name="Surface"/>.</param>
/// <param name="Value">Value in the canonical unit (亿元 → ×1e8 CNY); negative for a decrease; a range's low end.</param>
/// <param name="ValueMax">A range's high end, else null.</param>
/// <param name="Unit">The canonical unit.</param>
/// <param name="Counter">The measure word of a count (个, 家, 人次 …), else null.</param>
/// <param name="Qualifier">How the number bounds the quantity.</param>
/// <param name="Kind">Actual, target, change or rank.</param>
/// <param name="Metric">Metric category key, e.g. <c>investment</c>.</param>
/// <param name="Label">The metric phrase from the text, e.g. <c>社会消费品零售总额</c>.</param>
/// <param name="District">Canonical area name, or null when neither sentence nor article names one.</param>
/// <param name="Sector">Sector (topic) key, e.g. <c>consumption_commerce</c>.</param>
/// <param name="Period">Year <c>2024</c>, month <c>2024-11</c> or range <c>2024-01/2024-11</c>, when known.</param>
/// <param name="Sentence">The sentence the number came from.</param>
/// <param name="SentenceStart">Offset of <paramref name="Sentence"/> in the normalised text.</param>
/// <param name="Confidence">0..1.</param>
/// <param name="ArticleIndex">Index into <see cref="ExtractionResult.Articles"/>.</param>
public sealed record Indicator(
    string Surface,
    int Start,
    int End,
    double Value,
    double? ValueMax,
    CanonicalUnit Unit,
    string? Counter,
    Qualifier Qualifier,
    IndicatorKind Kind,
    string Metric,
    string Label,
    string? District,
    string Sector,
    string? Period,
    string Sentence,
    int SentenceStart,
    double Confidence,
    int ArticleIndex)
{
    /// <summary>
    /// When this figure is given as a breakdown of another (其中, 包括, 分别为), the index of that
    /// total in <see cref="ExtractionResult.Indicators"/>; else null. Sums never add a total and its parts.
    /// </summary>
    public int? PartOf { get; init; }

    /// <summary>Whether the number is an amount or a size class, threshold, cap or enumeration.</summary>
    public FigureForm Form { get; init; } = FigureForm.Amount;
}
