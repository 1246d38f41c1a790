namespace MetricsDashboard.Data.Model;

/// <summary>A sector (topic) key with its display names.</summary>
public sealed class Sector
{
    public required string Key { get; set; }

    public required string NameZh { get; set; }

    public required string NameEn { get; set; }
}
