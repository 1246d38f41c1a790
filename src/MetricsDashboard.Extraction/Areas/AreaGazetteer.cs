using System.Collections.Frozen;
using System.Text.Json;
using MetricsDashboard.Extraction.Lexicons;

namespace MetricsDashboard.Extraction.Areas;

/// <summary>
/// The areas an indicator can be about: Chengdu's 23 district-level units, 成都市, 四川省, other cities
/// and 全国, with aliases and the hierarchy. Loaded once from the embedded <c>areas.json</c>.
/// </summary>
public sealed class AreaGazetteer
{
    private static readonly Lazy<AreaGazetteer> LazyDefault = new(() => Load("areas.json"));
    private readonly FrozenDictionary<string, Area> _byName;

    private AreaGazetteer(IReadOnlyList<Area> areas)
    {
        Areas = areas;
        _byName = areas.ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);
        var aliases = new List<KeyValuePair<string, Area>>();
        foreach (var area in areas)
        {
            aliases.Add(new(area.Name, area));
            aliases.AddRange(area.Aliases.Concat(area.Places).Select(alias => new KeyValuePair<string, Area>(alias, area)));
        }
        Matcher = new KeywordMatcher<Area>(aliases);
    }

    /// <summary>The gazetteer built from the embedded lexicon.</summary>
    public static AreaGazetteer Default => LazyDefault.Value;

    /// <summary>Every area, in lexicon order.</summary>
    public IReadOnlyList<Area> Areas { get; }

    internal KeywordMatcher<Area> Matcher { get; }

    /// <summary>The area with this canonical name, or null.</summary>
    public Area? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Resolves a name or an alias (锦江 → 锦江区), or null when unknown.</summary>
    public Area? Resolve(string nameOrAlias) =>
        Matcher.Entries.TryGetValue(nameOrAlias, out var area) ? area : null;

    /// <summary>True when <paramref name="ancestor"/> encloses <paramref name="area"/> (directly or not).</summary>
    public bool IsAncestor(Area ancestor, Area area)
    {
        var current = area.Parent;
        for (int guard = 0; current is not null && guard < 8; guard++)
        {
            if (string.Equals(current, ancestor.Name, StringComparison.Ordinal)) { return true; }
            current = Find(current)?.Parent;
        }
        return false;
    }

    private static AreaGazetteer Load(string fileName)
    {
        using var document = LexiconResources.Open(fileName);
        var areas = new List<Area>();
        foreach (var item in document.RootElement.GetProperty("areas").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!;
            var level = Enum.Parse<AreaLevel>(item.GetProperty("level").GetString()!, ignoreCase: true);
            var parent = item.GetProperty("parent").ValueKind == JsonValueKind.Null ? null : item.GetProperty("parent").GetString();
            var aliases = LexiconResources.Strings(item.GetProperty("aliases")).Where(a => a != name).ToArray();
            areas.Add(new Area(name, level, parent, aliases));
        }
        // A place inside a district (春熙路, 宽窄巷子) names that district wherever it stands.
        if (document.RootElement.TryGetProperty("places", out var places))
        {
            foreach (var district in places.EnumerateObject())
            {
                int index = areas.FindIndex(a => a.Name == district.Name);
                if (index < 0) { throw new InvalidDataException($"{fileName}: places of unknown area '{district.Name}'."); }
                areas[index] = areas[index] with { Places = LexiconResources.Strings(district.Value).ToArray() };
            }
        }
        return new AreaGazetteer(areas);
    }
}
