using MetricsDashboard.Web.Model.Charts;

namespace MetricsDashboard.Web.Tests.Model;

public sealed class HeatmapScaleTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Ranges_CoverEveryCountWithNoWhiteCellOrWhiteOnPaleLabel(bool dark)
    {
        var ranges = HeatmapScale.Ranges(40, dark).Select(r => (From: (double)r!["from"]!, To: (double)r["to"]!, Color: (string)r["color"]!, Label: (string)r["foreColor"]!)).ToArray();

        foreach (var count in new[] { 0, 1, 2, 9, 10, 11, 39, 40 })
        {
            Assert.Single(ranges, r => count >= r.From && count <= r.To);
        }
        Assert.DoesNotContain(ranges, r => r.Color is "#ffffff" or "#fff");
        // The smallest non-zero counts sit on the palest band: their label must be dark in light mode.
        var small = ranges.Single(r => 1 >= r.From && 1 <= r.To);
        Assert.Equal(dark ? "#ffffff" : "#0b1a2e", small.Label);
    }
}
