using System.Globalization;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Output;
using MetricsDashboard.Extraction.Scoring;
using Xunit.Abstractions;

namespace MetricsDashboard.Extraction.Tests;

/// <summary>Runs the extractor over the seeds that a set of annotation files covers, scores it and prints the differences.</summary>
internal static class ScoredSeeds
{
    public static ScoreReport ScoreAndPrint(IEnumerable<string> annotationFiles, ITestOutputHelper output) =>
        ScoreAndPrint(annotationFiles, output, out _, out _);

    /// <summary>
    /// Also gives the share of matched pairs whose qualifier and kind agree with the annotation: the
    /// scorer does not count them, yet a missed 最高 or 以上 changes what a number means.
    /// </summary>
    public static ScoreReport ScoreAndPrint(IEnumerable<string> annotationFiles, ITestOutputHelper output, out double qualifierAccuracy, out double kindAccuracy)
    {
        var extractor = new IndicatorExtractor();
        var gold = new List<GoldRecord>();
        var predictions = new List<ScoredPrediction>();
        var indicators = new Dictionary<(string Doc, int Start, double Value), Indicator>();
        foreach (var file in annotationFiles)
        {
            gold.AddRange(IndicatorJson.ReadGold(File.ReadAllText(file)));
            var seed = TestFiles.SeedFor(file);
            var result = extractor.Extract(new SourceDocument(Path.GetFileName(seed), File.ReadAllBytes(seed)));
            predictions.AddRange(ExtractionScorer.Predictions(result));
            foreach (var indicator in result.Indicators) { indicators[(result.DocumentName, indicator.Start, indicator.Value)] = indicator; }
        }

        var report = ExtractionScorer.Score(predictions, gold);
        int qualifiers = 0, kinds = 0;
        foreach (var pair in report.Pairs)
        {
            var indicator = indicators[(pair.Prediction.Doc, pair.Prediction.Start, pair.Prediction.Value)];
            if (indicator.Qualifier.ToWire() == pair.Gold.Qualifier) { qualifiers++; }
            else { output.WriteLine($"QUALIFIER {pair.Gold.Doc[..3]} {pair.Gold.Surface}: {indicator.Qualifier.ToWire()}≠{pair.Gold.Qualifier}"); }
            if (indicator.Kind.ToWire() == pair.Gold.Kind) { kinds++; }
        }
        qualifierAccuracy = report.Pairs.Count == 0 ? 1 : (double)qualifiers / report.Pairs.Count;
        kindAccuracy = report.Pairs.Count == 0 ? 1 : (double)kinds / report.Pairs.Count;
        output.WriteLine(report.ToString());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"qualifier {qualifierAccuracy:F3}, kind {kindAccuracy:F3} over {report.Pairs.Count} pairs"));
        foreach (var missed in report.Missed)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MISSED {missed.Doc[..3]} {missed.Surface} {missed.Value} {missed.Unit} [{missed.Label}]"));
        }
        foreach (var extra in report.Unmatched)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"EXTRA  {extra.Doc[..3]} {extra.Surface} {extra.Value} {extra.Unit} {extra.Metric}"));
        }
        foreach (var pair in report.Pairs)
        {
            var p = pair.Prediction;
            var g = pair.Gold;
            if (p.Metric != g.Metric || p.District != g.District || p.Sector != g.Sector || p.Period != g.Period)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"DIFF   {g.Doc[..3]} {g.Surface}{(g.Core ? "" : "(nc)")}: metric {Show(p.Metric, g.Metric)} district {Show(p.District, g.District)} sector {Show(p.Sector, g.Sector)} period {Show(p.Period, g.Period)} [{g.Label}]"));
            }
        }
        return report;
    }

    private static string Show(string? predicted, string? gold) =>
        predicted == gold ? "ok" : $"{predicted ?? "null"}≠{gold ?? "null"}";
}
