namespace MetricsDashboard.Extraction.Output;

/// <summary>
/// One hand-annotated indicator of a gold file: the contract fields a person can fix, plus
/// <paramref name="Core"/> (true: any good extractor must find it; false: borderline, not counted).
/// </summary>
/// <param name="Doc">Source file name.</param>
/// <param name="Surface">The number with its unit as annotated.</param>
/// <param name="Value">Value in the canonical unit.</param>
/// <param name="ValueMax">High end of a range.</param>
/// <param name="Unit">Canonical unit code.</param>
/// <param name="Counter">Measure word of a count.</param>
/// <param name="Qualifier">Qualifier wire name.</param>
/// <param name="Kind">Kind wire name.</param>
/// <param name="Metric">Metric category key.</param>
/// <param name="Label">Metric phrase.</param>
/// <param name="District">Canonical area name or null.</param>
/// <param name="Sector">Sector key.</param>
/// <param name="Period">Period or null.</param>
/// <param name="Core">Whether a good extractor must find it.</param>
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
