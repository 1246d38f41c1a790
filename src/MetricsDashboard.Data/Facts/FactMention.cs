using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Facts;

/// <summary>
/// The columns of a stored mention that grouping into facts reads. <see cref="StandsAlone"/>: a
/// reviewer split it off its fact, so it is never merged with another mention.
/// </summary>
public sealed record FactMention(
    long Id,
    int DocumentId,
    int ArticleId,
    int Start,
    int SentenceStart,
    bool InHeadline,
    string Metric,
    CanonicalUnit Unit,
    string? Counter,
    IndicatorKind Kind,
    string? District,
    string? Period,
    double Value,
    bool StandsAlone = false)
{
    /// <summary>Two values are the same figure when they differ by at most 0.5% of the larger.</summary>
    public const double Tolerance = 0.005;

    public static bool SameValue(double a, double b) => Math.Abs(a - b) <= Tolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>
    /// Whether another article's mention may be this same figure: only a dated amount. Undated
    /// figures and rates or ranks (第一, 30%) recur across articles about different things.
    /// </summary>
    public bool MayMatchAcrossArticles => Period is not null && AdditiveUnits.Contains(Unit);

    /// <summary>Same metric, area, period, kind, unit and counter.</summary>
    public bool SameReading(FactMention other) =>
        Metric == other.Metric && Unit == other.Unit && Counter == other.Counter && Kind == other.Kind
        && District == other.District && Period == other.Period;
}
