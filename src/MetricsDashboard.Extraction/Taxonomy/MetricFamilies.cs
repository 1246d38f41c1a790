using System.Collections.Frozen;
using MetricsDashboard.Extraction.Lexicons;

namespace MetricsDashboard.Extraction.Taxonomy;

/// <summary>
/// How labels map to metrics beyond the keywords, read from taxonomy.json: the metric families a
/// unit admits, the metric a measure word implies by default, and the measure words that decide it.
/// </summary>
internal sealed class MetricFamilies
{
    private static readonly Lazy<MetricFamilies> LazyDefault = new(Load);

    private MetricFamilies() { }

    public static MetricFamilies Default => LazyDefault.Value;

    public required FrozenSet<string> Money { get; init; }
    public required FrozenSet<string> Rates { get; init; }
    public required FrozenSet<string> Counts { get; init; }
    public required FrozenSet<string> Energy { get; init; }

    /// <summary>Everything but the fallback "other": a change filed under one of these changed that quantity.</summary>
    public required FrozenSet<string> ChangeSubjects { get; init; }

    /// <summary>Every metric a phrase after the number may name.</summary>
    public required FrozenSet<string> All { get; init; }

    public required FrozenDictionary<string, string> CounterDefaults { get; init; }
    public required FrozenDictionary<string, string> DecisiveCounters { get; init; }

    private static MetricFamilies Load()
    {
        using var document = LexiconResources.Open("taxonomy.json");
        var root = document.RootElement;
        var families = root.GetProperty("metricFamilies");
        FrozenSet<string> Family(string name) => LexiconResources.Strings(families.GetProperty(name)).ToFrozenSet(StringComparer.Ordinal);
        FrozenDictionary<string, string> Map(string name) =>
            root.GetProperty(name).EnumerateObject().ToFrozenDictionary(p => p.Name, p => Checked(p.Value.GetString()), StringComparer.Ordinal);
        var money = Family("money");
        var counts = Family("counts");
        return new MetricFamilies
        {
            Money = money,
            Rates = Family("rates"),
            Counts = counts,
            Energy = Family("energy"),
            ChangeSubjects = counts.Union(money).Where(m => m != IndicatorTaxonomy.Other).ToFrozenSet(StringComparer.Ordinal),
            All = IndicatorTaxonomy.Metrics.Select(m => m.Key).Where(k => k != "rank").ToFrozenSet(StringComparer.Ordinal),
            CounterDefaults = Map("counterDefaults"),
            DecisiveCounters = Map("decisiveCounters"),
        };
    }

    private static string Checked(string? metric) =>
        IndicatorTaxonomy.IsMetric(metric) ? metric! : throw new InvalidDataException($"taxonomy.json: '{metric}' is no metric.");
}
