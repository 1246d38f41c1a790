using MetricsDashboard.Data.Model;
using AreaGazetteer = MetricsDashboard.Extraction.Areas.AreaGazetteer;
using MetricsDashboard.Extraction.Taxonomy;

namespace MetricsDashboard.Data.Reference;

/// <summary>
/// The reference rows the database is seeded with, taken from the extraction library's own
/// lexicons (<see cref="AreaGazetteer"/>, <see cref="IndicatorTaxonomy"/>) so that every name an
/// indicator can carry has a row, with the same hierarchy the extractor uses.
/// </summary>
public static class ReferenceCatalog
{
    /// <summary>Areas in gazetteer order (parents before children); levels as lower-case names (district, city, province, country, region).</summary>
    public static IReadOnlyList<Area> Areas { get; } = AreaGazetteer.Default.Areas
        .Select(a => new Area
        {
            Name = a.Name,
            Level = a.Level.ToString().ToLowerInvariant(),
            ParentName = a.Parent,
            Aliases = string.Join('|', a.Aliases),
        })
        .ToList();

    /// <summary>Sectors (topics) in contract order.</summary>
    public static IReadOnlyList<Sector> Sectors { get; } = IndicatorTaxonomy.Sectors
        .Select(s => new Sector { Key = s.Key, NameZh = s.ChineseName, NameEn = s.EnglishName })
        .ToList();

    /// <summary>Metric categories in contract order.</summary>
    public static IReadOnlyList<MetricCategory> Metrics { get; } = IndicatorTaxonomy.Metrics
        .Select(m => new MetricCategory { Key = m.Key, NameZh = m.ChineseName, NameEn = m.EnglishName })
        .ToList();
}
