namespace MetricsDashboard.Data.Model;

/// <summary>A metric category key with its display names.</summary>
public sealed class MetricCategory
{
    public required string Key { get; set; }

    public required string NameZh { get; set; }

    public required string NameEn { get; set; }
}
