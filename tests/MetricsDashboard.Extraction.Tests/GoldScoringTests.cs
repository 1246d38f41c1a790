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
        var report = ScoredSeeds.ScoreAndPrint(TestFiles.GoldFiles, output);

        Assert.True(report.Recall >= MinRecall, $"recall {report.Recall:F3} < {MinRecall}");
        Assert.True(report.Precision >= MinPrecision, $"precision {report.Precision:F3} < {MinPrecision}");
        Assert.True(report.MetricAccuracy >= MinAccuracy, $"metric accuracy {report.MetricAccuracy:F3} < {MinAccuracy}");
        Assert.True(report.DistrictAccuracy >= MinAccuracy, $"district accuracy {report.DistrictAccuracy:F3} < {MinAccuracy}");
        Assert.True(report.SectorAccuracy >= MinAccuracy, $"sector accuracy {report.SectorAccuracy:F3} < {MinAccuracy}");
        Assert.True(report.PeriodAccuracy >= MinAccuracy, $"period accuracy {report.PeriodAccuracy:F3} < {MinAccuracy}");
    }
}
