using MetricsDashboard.Web.Model.Charts;

namespace MetricsDashboard.Web.Tests.Model;

public sealed class HeatmapScaleTests
{
    [Theory]
    [InlineData(40)]
    [InlineData(3)]
    [InlineData(1)]
    [InlineData(1000)]
    public void For_EveryCountFallsInExactlyOneBand_AndZeroInNone(double max)
    {
        var bands = HeatmapScale.For(max);

        Assert.Equal(HeatmapScale.BandCount, bands.Count);
        Assert.Equal(0, HeatmapScale.BandOf(0, bands));
        for (var count = 1; count <= max + 5; count++)
        {
            var holding = bands.Where(b => count >= b.From && count <= b.To).ToArray();
            Assert.Single(holding);
            Assert.Equal(holding[0].Index, HeatmapScale.BandOf(count, bands));
        }
        // The largest count sits in the deepest band, the smallest in the palest.
        if (max >= HeatmapScale.BandCount)
        {
            Assert.Equal(HeatmapScale.BandCount, HeatmapScale.BandOf(max, bands));
        }
        Assert.Equal(1, HeatmapScale.BandOf(1, bands));
    }

    [Fact]
    public void For_NamesWholeCounts()
    {
        Assert.Equal(["1–10", "11–20", "21–30", "≥31"], HeatmapScale.For(40).Select(b => b.Name));
        Assert.Equal(["1", "2", "3", "≥4"], HeatmapScale.For(2).Select(b => b.Name));
    }
}
