namespace MetricsDashboard.Extraction.Tests;

/// <summary>
/// An expected record of a spec case; <see cref="Kind"/>, <see cref="Label"/>, <see cref="Metric"/>,
/// <see cref="District"/> and <see cref="Period"/> are checked only when the case gives them
/// (<c>"district": null</c> checks for no district, an absent key checks nothing).
/// </summary>
public sealed record SpecRecord(string Surface, int Start, int End, double Value, double? ValueMax, string Unit, string? Counter, string Qualifier, string? Kind)
{
    public string? Label { get; init; }
    public string? Metric { get; init; }
    public bool ChecksDistrict { get; init; }
    public string? District { get; init; }
    public bool ChecksPeriod { get; init; }
    public string? Period { get; init; }
}
