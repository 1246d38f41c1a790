using System.Globalization;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Output;
using MetricsDashboard.Extraction.Scoring;
using Xunit.Abstractions;

namespace MetricsDashboard.Extraction.Tests;

public sealed class GoldScoringTests(ITestOutputHelper output)
{
    private const double MinRecall = 0.90;
    private const double MinPrecision = 0.90;
    private const double MinAccuracy = 0.85;

    [Fact]
    public void Extract_GoldSeeds_MeetsScoreThresholds()
    {
        var extractor = new IndicatorExtractor();
        var gold = new List<GoldRecord>();
        var predictions = new List<ScoredPrediction>();
        foreach (var goldFile in TestFiles.GoldFiles)
        {
            gold.AddRange(IndicatorJson.ReadGold(File.ReadAllText(goldFile)));
            var seed = TestFiles.SeedFor(goldFile);
            var result = extractor.Extract(new SourceDocument(Path.GetFileName(seed), File.ReadAllBytes(seed)));
            predictions.AddRange(ExtractionScorer.Predictions(result));
        }

        var report = ExtractionScorer.Score(predictions, gold);
        output.WriteLine(report.ToString());
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

        Assert.True(report.Recall >= MinRecall, $"recall {report.Recall:F3} < {MinRecall}");
        Assert.True(report.Precision >= MinPrecision, $"precision {report.Precision:F3} < {MinPrecision}");
        Assert.True(report.MetricAccuracy >= MinAccuracy, $"metric accuracy {report.MetricAccuracy:F3} < {MinAccuracy}");
        Assert.True(report.DistrictAccuracy >= MinAccuracy, $"district accuracy {report.DistrictAccuracy:F3} < {MinAccuracy}");
        Assert.True(report.SectorAccuracy >= MinAccuracy, $"sector accuracy {report.SectorAccuracy:F3} < {MinAccuracy}");
        Assert.True(report.PeriodAccuracy >= MinAccuracy, $"period accuracy {report.PeriodAccuracy:F3} < {MinAccuracy}");
    }

    private static string Show(string? predicted, string? gold) =>
        predicted == gold ? "ok" : $"{predicted ?? "null"}≠{gold ?? "null"}";
}
