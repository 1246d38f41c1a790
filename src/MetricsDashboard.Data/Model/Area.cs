namespace MetricsDashboard.Data.Model;

/// <summary>A canonical area name with its place in the hierarchy (district → city → province → country).</summary>
public sealed class Area
{
    public required string Name { get; set; }

    /// <summary>district, city, province or country.</summary>
    public required string Level { get; set; }

    public string? ParentName { get; set; }

    /// <summary>Other names of the area, separated by <c>|</c>.</summary>
    public string Aliases { get; set; } = "";
}
