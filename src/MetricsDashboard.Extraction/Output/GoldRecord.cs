namespace MetricsDashboard.Extraction.Output;

/// <summary>
/// One hand-annotated indicator of a gold file: the contract fields a person can fix, plus
/// <paramref name="Core"/> (true: any good extractor must find it; false: borderline, not counted).
/// </summary>
public sealed record GoldRecord(
    string Doc,
    string Surface,
    double Value,
    double? ValueMax,
    string Unit,
    string? Counter,
    string Qualifier,
    string Kind,
    string Metric,
    string? Label,
    string? District,
    string Sector,
    string? Period,
    bool Core);
