namespace MetricsDashboard.Extraction.Areas;

/// <summary>One entry of the area gazetteer.</summary>
/// <param name="Name">The canonical name written in the <c>district</c> field, e.g. <c>锦江区</c>.</param>
/// <param name="Level">How specific the area is.</param>
/// <param name="Parent">The canonical name of the enclosing area, null for 全国 and regions.</param>
/// <param name="Aliases">Other spellings found in text (锦江, 高新区 …); the name itself always matches too.</param>
public sealed record Area(string Name, AreaLevel Level, string? Parent, IReadOnlyList<string> Aliases)
{
    /// <summary>Places inside this area (春熙路, 宽窄巷子, 国际生物城): text that names one is about this area.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];
}
