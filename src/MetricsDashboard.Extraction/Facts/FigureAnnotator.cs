using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Extraction.Facts;

/// <summary>
/// The last step of extraction: says of each figure whether it is an amount and whether it is a
/// part of a total. Runs over the finished indicators, so the classifiers before it stay unaware.
/// </summary>
internal static class FigureAnnotator
{
    public static List<Indicator> Annotate(IReadOnlyList<Indicator> indicators)
    {
        var formed = indicators.Select(i => i with { Form = FigureFormClassifier.Default.Classify(i) }).ToList();
        return BreakdownDetector.Default.Mark(formed);
    }
}
