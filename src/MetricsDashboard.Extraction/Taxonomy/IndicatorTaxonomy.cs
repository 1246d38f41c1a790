using System.Collections.Frozen;
using System.Text.Json;
using MetricsDashboard.Extraction.Lexicons;

namespace MetricsDashboard.Extraction.Taxonomy;

/// <summary>
/// The metric categories and sectors of the indicator contract (INDICATORS.md), with display
/// names, loaded from the embedded <c>taxonomy.json</c>. The data layer seeds its reference tables from it.
/// </summary>
public static class IndicatorTaxonomy
{
    private static readonly Lazy<(IReadOnlyList<TaxonomyEntry> Metrics, IReadOnlyList<TaxonomyEntry> Sectors)> Data = new(Load);
    private static readonly Lazy<FrozenSet<string>> MetricKeys = new(() => Metrics.Select(m => m.Key).ToFrozenSet(StringComparer.Ordinal));
    private static readonly Lazy<FrozenSet<string>> SectorKeys = new(() => Sectors.Select(s => s.Key).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The fallback key of both lists.</summary>
    public const string Other = "other";

    /// <summary>Metric categories, in contract order.</summary>
    public static IReadOnlyList<TaxonomyEntry> Metrics => Data.Value.Metrics;

    /// <summary>Sectors (topics), in contract order.</summary>
    public static IReadOnlyList<TaxonomyEntry> Sectors => Data.Value.Sectors;

    /// <summary>True for a metric key of the contract.</summary>
    public static bool IsMetric(string? key) => key is not null && MetricKeys.Value.Contains(key);

    /// <summary>True for a sector key of the contract.</summary>
    public static bool IsSector(string? key) => key is not null && SectorKeys.Value.Contains(key);

    private static (IReadOnlyList<TaxonomyEntry>, IReadOnlyList<TaxonomyEntry>) Load()
    {
        using var document = LexiconResources.Open("taxonomy.json");
        return (Read(document.RootElement.GetProperty("metrics")), Read(document.RootElement.GetProperty("sectors")));
    }

    private static TaxonomyEntry[] Read(JsonElement array) =>
        array.EnumerateArray()
            .Select(e => new TaxonomyEntry(e.GetProperty("key").GetString()!, e.GetProperty("zh").GetString()!, e.GetProperty("en").GetString()!))
            .ToArray();
}
