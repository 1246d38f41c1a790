using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Queries.Facts;

/// <summary>One fact as pages and downloads show it: its reading, how many mentions report it, its total if it is a part.</summary>
public sealed record FactView(
    long Id,
    string Metric,
    string Label,
    string? MeasureKey,
    string? District,
    string Sector,
    string? Period,
    string PeriodGrain,
    IndicatorKind Kind,
    double Value,
    double? ValueMax,
    CanonicalUnit Unit,
    string? Counter,
    Qualifier Qualifier,
    bool IsAmount,
    bool IsSummable,
    long? TotalFactId,
    int MentionCount,
    DateOnly? PublishedOn);
