using System.Text.Json;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Reference;

/// <summary>
/// The named measures of <c>Reference/measures.json</c> and the rule that maps a fact's label to
/// one: the longest alias the label contains, among measures whose metric and unit fit.
/// </summary>
public sealed class MeasureCatalog
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly List<(string Alias, Measure Measure)> _aliasesLongestFirst;

    public MeasureCatalog(IReadOnlyList<Measure> measures)
    {
        Measures = measures;
        _aliasesLongestFirst = measures
            .SelectMany(m => m.Aliases.Select(a => (Alias: a, Measure: m)))
            .OrderByDescending(p => p.Alias.Length)
            .ToList();
    }

    /// <summary>The embedded catalogue.</summary>
    public static MeasureCatalog Default { get; } = Load();

    public IReadOnlyList<Measure> Measures { get; }

    public Measure? Find(string key) => Measures.FirstOrDefault(m => string.Equals(m.Key, key, StringComparison.Ordinal));

    /// <summary>The measure a label names, given the fact's metric and unit; null when none fits.</summary>
    public Measure? Match(string label, string metric, CanonicalUnit unit)
    {
        var unitCode = unit.ToWire();
        foreach (var (alias, measure) in _aliasesLongestFirst)
        {
            // The cheap tests first: every fact an import makes asks, most of them for no measure.
            if ((measure.Unit is null || string.Equals(measure.Unit, unitCode, StringComparison.Ordinal))
                && (measure.Metrics.Count == 0 || measure.Metrics.Contains(metric, StringComparer.Ordinal))
                && label.Contains(alias, StringComparison.OrdinalIgnoreCase))
            {
                return measure;
            }
        }
        return null;
    }

    private static MeasureCatalog Load()
    {
        const string name = "MetricsDashboard.Data.Reference.measures.json";
        using var stream = typeof(MeasureCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded catalogue {name} is missing from the assembly.");
        using var json = JsonDocument.Parse(stream, Options);
        var measures = json.RootElement.GetProperty("measures").EnumerateArray().Select(m => new Measure(
            m.GetProperty("key").GetString()!,
            m.GetProperty("name").GetString()!,
            Strings(m.GetProperty("aliases")),
            Strings(m.GetProperty("metrics")),
            m.GetProperty("unit").ValueKind == JsonValueKind.Null ? null : m.GetProperty("unit").GetString())).ToList();
        return new MeasureCatalog(measures);
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
