using Xunit.Abstractions;

namespace MetricsDashboard.Extraction.Tests;

/// <summary>
/// Scores seeds that no rule was tuned on (TestData/heldout, annotated from the text before the rules
/// were changed). The thresholds sit a little under the scores reached, so they catch a loss of
/// generality that the gold seeds, which the rules were built on, would not show.
/// </summary>
public sealed class HeldOutScoringTests(ITestOutputHelper output)
{
    private const double MinRecall = 0.95;
    private const double MinPrecision = 0.95;
    private const double MinMetric = 0.72;
    private const double MinDistrict = 0.95;
    private const double MinSector = 0.85;
    private const double MinPeriod = 0.85;
    private const double MinQualifier = 0.95;
    private const double MinKind = 0.78;

    [Fact]
    public void Extract_HeldOutSeeds_MeetsScoreThresholds()
    {
        var report = ScoredSeeds.ScoreAndPrint(TestFiles.HeldOutFiles, output, out double qualifier, out double kind);

        Assert.True(report.Recall >= MinRecall, $"recall {report.Recall:F3} < {MinRecall}");
        Assert.True(report.Precision >= MinPrecision, $"precision {report.Precision:F3} < {MinPrecision}");
        Assert.True(report.MetricAccuracy >= MinMetric, $"metric accuracy {report.MetricAccuracy:F3} < {MinMetric}");
        Assert.True(report.DistrictAccuracy >= MinDistrict, $"district accuracy {report.DistrictAccuracy:F3} < {MinDistrict}");
        Assert.True(report.SectorAccuracy >= MinSector, $"sector accuracy {report.SectorAccuracy:F3} < {MinSector}");
        Assert.True(report.PeriodAccuracy >= MinPeriod, $"period accuracy {report.PeriodAccuracy:F3} < {MinPeriod}");
        Assert.True(qualifier >= MinQualifier, $"qualifier accuracy {qualifier:F3} < {MinQualifier}");
        Assert.True(kind >= MinKind, $"kind accuracy {kind:F3} < {MinKind}");
    }
}
