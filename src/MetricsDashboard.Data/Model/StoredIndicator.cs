using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Model;

/// <summary>
/// One indicator as stored: the fields of the indicator contract (INDICATORS.md) with enums as
/// their types (stored as wire names, <see cref="Infrastructure.Conversions.WireNameConverter{TEnum}"/>), plus columns copied or derived for fast filtering and grouping.
/// </summary>
public sealed class StoredIndicator
{
    public long Id { get; set; }

    public int DocumentId { get; set; }

    public StoredDocument? Document { get; set; }

    public int ArticleId { get; set; }

    public StoredArticle? Article { get; set; }

    public required string Surface { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public double Value { get; set; }

    public double? ValueMax { get; set; }

    public required CanonicalUnit Unit { get; set; }

    public string? Counter { get; set; }

    public required Qualifier Qualifier { get; set; }

    public required IndicatorKind Kind { get; set; }

    public required string Metric { get; set; }

    public required string Label { get; set; }

    public string? District { get; set; }

    public required string Sector { get; set; }

    public string? Period { get; set; }

    /// <summary>First day of <see cref="Period"/>, when it parses.</summary>
    public DateOnly? PeriodStart { get; set; }

    /// <summary>Last day of <see cref="Period"/>, when it parses.</summary>
    public DateOnly? PeriodEnd { get; set; }

    public required string Sentence { get; set; }

    public int SentenceStart { get; set; }

    public double Confidence { get; set; }

    public required string ExtractorVersion { get; set; }

    /// <summary>The document's publication date: the date filters and time groupings work on.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary><c>yyyy-MM</c> of <see cref="PublishedOn"/>, stored so that month grouping is a plain indexed GROUP BY.</summary>
    public string? PublishedMonth { get; set; }

    /// <summary>The extractor's reading of the figure's form.</summary>
    public FigureForm Form { get; set; } = FigureForm.Amount;

    /// <summary>The mention (of the same article) this one is a part of, when it is given as a breakdown.</summary>
    public long? PartOfIndicatorId { get; set; }

    /// <summary>Whether the mention stands in its article's headline.</summary>
    public bool InHeadline { get; set; }

    /// <summary>The fact this mention reports; null only between writing a file's mentions and grouping them.</summary>
    public long? FactId { get; set; }

    public Fact? Fact { get; set; }

    /// <summary>Why the mention is in its fact: first_report, same_figure, headline_repeat, cross_article or review_split.</summary>
    public string? MergeReason { get; set; }

    /// <summary>pending, verified or corrected: materialised from the review decisions (excluded mentions are not stored).</summary>
    public string ReviewStatus { get; set; } = Review.ReviewStatuses.Pending;

    /// <summary>Who verified or corrected the mention, else null.</summary>
    public string? ReviewedBy { get; set; }

    /// <summary>UTC time of the review decision that holds for the mention, else null.</summary>
    public DateTime? ReviewedAt { get; set; }
}
