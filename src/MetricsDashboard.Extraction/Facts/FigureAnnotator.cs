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
        var formed = new List<Indicator>(indicators.Count);
        foreach (var indicator in indicators)
        {
            // Most figures are amounts, the form they were made with: a copy only for the others.
            var form = FigureFormClassifier.Default.Classify(indicator);
            formed.Add(form == indicator.Form ? indicator : indicator with { Form = form });
        }
        return BreakdownDetector.Default.Mark(formed);
    }
}
