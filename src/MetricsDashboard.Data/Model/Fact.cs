using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Model;

/// <summary>
/// One figure as the world has it, however often the texts report it: the mentions (indicators)
/// that give the same metric, area, period, kind, unit and counter with values within 0.5%, or a
/// headline repeating its body. Sums, charts and downloads add facts, never mentions. The reading
/// (area, period, label …) is that of the representative mention: a body mention before a headline.
/// </summary>
public sealed class Fact
{
    public long Id { get; set; }

    public required string Metric { get; set; }

    public required CanonicalUnit Unit { get; set; }

    public string? Counter { get; set; }

    public required IndicatorKind Kind { get; set; }

    public string? District { get; set; }

    public required string Sector { get; set; }

    /// <summary>The period the figure describes: <c>2024</c>, <c>2024-11</c>, <c>2024-01/2024-11</c>.</summary>
    public string? Period { get; set; }

    public DateOnly? PeriodStart { get; set; }

    public DateOnly? PeriodEnd { get; set; }

    /// <summary>year, quarter, month, day, cumulative (a span from January: 1—11月), span, or none.</summary>
    public required string PeriodGrain { get; set; }

    public double Value { get; set; }

    public double? ValueMax { get; set; }

    public required Qualifier Qualifier { get; set; }

    public required string Label { get; set; }

    /// <summary>Key of the named measure (catalogue <c>Reference/measures.json</c>) the label maps to, else null.</summary>
    public string? MeasureKey { get; set; }

    /// <summary>The figure measures an amount in an additive unit: no size class, threshold, cap, enumeration, rate or rank.</summary>
    public bool IsAmount { get; set; }

    /// <summary>The total this figure is a part of (其中 …), else null.</summary>
    public long? TotalFactId { get; set; }

    /// <summary>Whether sums add this fact: an amount that is no part of another fact.</summary>
    public bool IsSummable { get; set; }

    /// <summary>The mention whose reading the fact shows.</summary>
    public long RepresentativeIndicatorId { get; set; }

    public int MentionCount { get; set; }

    /// <summary>The earliest publication date of its mentions: the date filters work on.</summary>
    public DateOnly? PublishedOn { get; set; }
}
