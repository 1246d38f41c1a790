using System.Collections.Frozen;
using System.Text.Json;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Units;

namespace MetricsDashboard.Extraction.Lexicons;

/// <summary>
/// Everything the rules read from data: units, measure words, multipliers, qualifier and kind
/// markers, metric and sector keywords. Loaded once from the embedded JSON, then read-only.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> LazyDefault = new(Load);

    private Lexicon() { }

    public static Lexicon Default => LazyDefault.Value;

    public required KeywordMatcher<UnitEntry> Units { get; init; }
    public required FrozenDictionary<char, double> Multipliers { get; init; }
    public required KeywordMatcher<Qualifier> QualifierPrefixes { get; init; }
    public required FrozenDictionary<char, Qualifier> QualifierInfixes { get; init; }
    public required KeywordMatcher<Qualifier> QualifierSuffixes { get; init; }
    public required KeywordMatcher<bool> TargetMarkers { get; init; }
    public required KeywordMatcher<bool> TargetCutters { get; init; }
    public required KeywordMatcher<int> ChangeMarkers { get; init; }
    public required KeywordMatcher<bool> RankVerbs { get; init; }
    public required KeywordMatcher<bool> Idioms { get; init; }
    public required KeywordMatcher<bool> SessionFollowers { get; init; }
    public required KeywordMatcher<bool> MoneyContext { get; init; }
    public required KeywordMatcher<bool> CurrentMarkers { get; init; }
    public required KeywordMatcher<bool> AreaNameBlockers { get; init; }
    public required KeywordMatcher<string> MetricKeywords { get; init; }
    public required KeywordMatcher<(int Sector, int Weight)> SectorKeywords { get; init; }
    public required IReadOnlyList<string> SectorOrder { get; init; }
    public required FrozenDictionary<string, (int Sector, int Weight)[]> MetricSectorHints { get; init; }
    public required KeywordMatcher<bool> DateLeads { get; init; }
    public required FrozenSet<int> FrameSectors { get; init; }
    public required KeywordMatcher<bool> PhraseStops { get; init; }
    public required KeywordMatcher<bool> AbstractNouns { get; init; }
    public required KeywordMatcher<bool> AreaPronouns { get; init; }
    public required KeywordMatcher<Qualifier> QualifierLeads { get; init; }
    public required KeywordMatcher<bool> ProgrammeNouns { get; init; }
    public required FrozenSet<string> ProgrammeUnits { get; init; }
    public required KeywordMatcher<bool> TimeReferenceFollowers { get; init; }
    public required KeywordMatcher<bool> TimeReferenceLeaders { get; init; }
    public required KeywordMatcher<bool> RankChangeVerbs { get; init; }
    public required KeywordMatcher<bool> NumeralNames { get; init; }
    public required KeywordMatcher<CanonicalUnit> CurrencySymbols { get; init; }
    public required KeywordMatcher<bool> LoneMultiplierLeads { get; init; }
    public required KeywordMatcher<bool> CountingVerbs { get; init; }
    public required KeywordMatcher<bool> ReportingVerbs { get; init; }
    public required FrozenDictionary<string, FrozenDictionary<string, double>> SubUnits { get; init; }

    private static Lexicon Load()
    {
        using var units = LexiconResources.Open("units.json");
        using var markers = LexiconResources.Open("markers.json");
        using var keywords = LexiconResources.Open("keywords.json");
        var m = markers.RootElement;

        var sectorOrder = new List<string>();
        var sectorEntries = new List<KeyValuePair<string, (int, int)>>();
        foreach (var sector in keywords.RootElement.GetProperty("sectors").EnumerateObject())
        {
            int index = sectorOrder.Count;
            sectorOrder.Add(sector.Name);
            sectorEntries.AddRange(sector.Value.EnumerateObject().Select(k => new KeyValuePair<string, (int, int)>(k.Name, (index, k.Value.GetInt32()))));
        }

        return new Lexicon
        {
            Units = new KeywordMatcher<UnitEntry>(ReadUnits(units.RootElement)),
            Multipliers = units.RootElement.GetProperty("multipliers").EnumerateObject()
                .ToFrozenDictionary(p => p.Name[0], p => p.Value.GetDouble()),
            QualifierPrefixes = QualifierMap(m.GetProperty("qualifierPrefix")),
            QualifierInfixes = m.GetProperty("qualifierInfix").EnumerateObject()
                .ToFrozenDictionary(p => p.Name[0], p => ParseQualifier(p.Value)),
            QualifierSuffixes = QualifierMap(m.GetProperty("qualifierSuffix")),
            TargetMarkers = Set(m.GetProperty("targetMarkers")),
            TargetCutters = Set(m.GetProperty("targetCutters")),
            ChangeMarkers = new KeywordMatcher<int>(
                LexiconResources.Strings(m.GetProperty("increaseMarkers")).Select(s => new KeyValuePair<string, int>(s, 1))
                    .Concat(LexiconResources.Strings(m.GetProperty("decreaseMarkers")).Select(s => new KeyValuePair<string, int>(s, -1)))),
            RankVerbs = Set(m.GetProperty("rankVerbs")),
            Idioms = Set(m.GetProperty("idioms")),
            SessionFollowers = Set(m.GetProperty("sessionFollowers")),
            MoneyContext = Set(m.GetProperty("moneyContext")),
            CurrentMarkers = Set(m.GetProperty("currentMarkers")),
            AreaNameBlockers = Set(m.GetProperty("areaNameBlockers")),
            MetricKeywords = new KeywordMatcher<string>(keywords.RootElement.GetProperty("metrics").EnumerateObject()
                .SelectMany(p => LexiconResources.Strings(p.Value).Select(k => new KeyValuePair<string, string>(k, p.Name)))),
            SectorKeywords = new KeywordMatcher<(int, int)>(sectorEntries),
            SectorOrder = sectorOrder,
            MetricSectorHints = keywords.RootElement.GetProperty("metricSectorHints").EnumerateObject().ToFrozenDictionary(
                p => p.Name,
                p => p.Value.EnumerateObject().Select(h => (sectorOrder.IndexOf(h.Name), h.Value.GetInt32())).ToArray(),
                StringComparer.Ordinal),
            DateLeads = Set(m.GetProperty("dateLeads")),
            PhraseStops = Set(m.GetProperty("phraseStops")),
            AbstractNouns = Set(m.GetProperty("abstractNouns")),
            AreaPronouns = Set(m.GetProperty("areaPronouns")),
            QualifierLeads = QualifierMap(m.GetProperty("qualifierLeads")),
            ProgrammeNouns = Set(m.GetProperty("programmeNouns")),
            ProgrammeUnits = LexiconResources.Strings(m.GetProperty("programmeUnits")).ToFrozenSet(StringComparer.Ordinal),
            TimeReferenceFollowers = Set(m.GetProperty("timeReferenceFollowers")),
            TimeReferenceLeaders = Set(m.GetProperty("timeReferenceLeaders")),
            RankChangeVerbs = Set(m.GetProperty("rankChangeVerbs")),
            NumeralNames = Set(m.GetProperty("numeralNames")),
            CurrencySymbols = new KeywordMatcher<CanonicalUnit>(m.GetProperty("currencySymbols").EnumerateObject()
                .Select(p => new KeyValuePair<string, CanonicalUnit>(p.Name, WireNames.TryParse<CanonicalUnit>(p.Value.GetString(), out var c) ? c : throw new InvalidDataException($"markers.json: unknown currency '{p.Value}'.")))),
            LoneMultiplierLeads = Set(m.GetProperty("loneMultiplierLeads")),
            CountingVerbs = Set(m.GetProperty("countingVerbs")),
            ReportingVerbs = Set(m.GetProperty("reportingVerbs")),
            SubUnits = units.RootElement.GetProperty("subUnits").EnumerateObject().ToFrozenDictionary(
                p => p.Name,
                p => p.Value.EnumerateObject().ToFrozenDictionary(x => x.Name, x => x.Value.GetDouble(), StringComparer.Ordinal),
                StringComparer.Ordinal),
            FrameSectors = LexiconResources.Strings(keywords.RootElement.GetProperty("frameSectors")).Select(f => sectorOrder.IndexOf(f)).Where(i => i >= 0).ToFrozenSet(),
        };
    }

    private static IEnumerable<KeyValuePair<string, UnitEntry>> ReadUnits(JsonElement root)
    {
        foreach (var u in root.GetProperty("units").EnumerateArray())
        {
            var text = u.GetProperty("text").GetString()!;
            if (!WireNames.TryParse<CanonicalUnit>(u.GetProperty("unit").GetString(), out var unit))
            {
                throw new InvalidDataException($"units.json: unknown unit code for '{text}'.");
            }
            double max = u.TryGetProperty("maxValue", out var mx) ? mx.GetDouble() : double.MaxValue;
            double min = u.TryGetProperty("minValue", out var mn) ? mn.GetDouble() : 0;
            yield return new(text, new UnitEntry(text, unit, u.GetProperty("factor").GetDouble(), null, max, min));
        }
        var canonical = root.GetProperty("counterCanonical").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        foreach (var counter in LexiconResources.Strings(root.GetProperty("counters")))
        {
            var reported = canonical.GetValueOrDefault(counter, counter);
            yield return new(counter, new UnitEntry(counter, CanonicalUnit.Count, 1, reported, double.MaxValue, 0));
        }
    }

    private static KeywordMatcher<bool> Set(JsonElement array) =>
        new(LexiconResources.Strings(array).Select(s => new KeyValuePair<string, bool>(s, true)));

    private static KeywordMatcher<Qualifier> QualifierMap(JsonElement obj) =>
        new(obj.EnumerateObject().Select(p => new KeyValuePair<string, Qualifier>(p.Name, ParseQualifier(p.Value))));

    private static Qualifier ParseQualifier(JsonElement value) =>
        WireNames.TryParse<Qualifier>(value.GetString(), out var q) ? q : throw new InvalidDataException($"Unknown qualifier '{value}'.");
}
