using MetricsDashboard.Extraction.Lexicons;

namespace MetricsDashboard.Extraction.Facts;

/// <summary>The words of <c>Lexicons/figure_forms.json</c>: size classes, thresholds, enumerations, breakdown markers.</summary>
internal sealed class FigureFormLexicon
{
    public static FigureFormLexicon Default { get; } = Load();

    public required IReadOnlyList<string> SizeClassSuffixes { get; init; }

    public required IReadOnlyList<string> ThresholdMarkers { get; init; }

    public required IReadOnlyList<string> ThresholdNouns { get; init; }

    public required IReadOnlyList<string> EnumerationSuffixes { get; init; }

    public required IReadOnlyList<string> BreakdownMarkers { get; init; }

    private static FigureFormLexicon Load()
    {
        using var json = LexiconResources.Open("figure_forms.json");
        var root = json.RootElement;
        List<string> Read(string name) => LexiconResources.Strings(root.GetProperty(name)).ToList();
        return new FigureFormLexicon
        {
            SizeClassSuffixes = Read("size_class_suffixes"),
            ThresholdMarkers = Read("threshold_markers"),
            ThresholdNouns = Read("threshold_nouns"),
            EnumerationSuffixes = Read("enumeration_suffixes"),
            BreakdownMarkers = Read("breakdown_markers"),
        };
    }
}
