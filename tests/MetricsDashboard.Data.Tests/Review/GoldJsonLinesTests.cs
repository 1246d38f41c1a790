using MetricsDashboard.Data.Review;
using MetricsDashboard.Extraction.Output;

namespace MetricsDashboard.Data.Tests.Review;

/// <summary>Reviewed figures exported as gold lines are read back by the extractor's scorer as they were written.</summary>
public sealed class GoldJsonLinesTests
{
    [Fact]
    public void ToText_ThenTheScorersReader_GivesTheSameRecords()
    {
        GoldRecord[] records =
        [
            new("000_成都日报.txt", "1298.6亿元", 1.2986e11, null, "CNY", null, "exact", "actual", "investment", "固定资产投资", "成都市", "economy", "2024", Core: true),
            new("001_x.txt", "3—5年", 3, 5, "duration_year", null, "range", "target", "other", "建设周期", null, "urban_construction", null, Core: true),
        ];

        var read = IndicatorJson.ReadGold(GoldJsonLines.ToText(records));

        Assert.Equal(records, read);
    }
}
