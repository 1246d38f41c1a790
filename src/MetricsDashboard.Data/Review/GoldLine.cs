namespace MetricsDashboard.Data.Review;

/// <summary>A reviewed figure in the fields of a gold file (INDICATORS.md, "Gold files"); <c>core</c> is always true: a reviewer vouched for it.</summary>
public sealed record GoldLine(
    string Doc,
    string Surface,
    double Value,
    double? ValueMax,
    string Unit,
    string? Counter,
    string Qualifier,
    string Kind,
    string Metric,
    string Label,
    string? District,
    string Sector,
    string? Period);
