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
    string Kind,
    double Value,
    double? ValueMax,
    string Unit,
    string? Counter,
    string Qualifier,
    bool IsAmount,
    bool IsSummable,
    long? TotalFactId,
    int MentionCount,
    DateOnly? PublishedOn);
