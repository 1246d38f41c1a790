using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Charts;

namespace MetricsDashboard.Web.Tests.Model;

public sealed class ChartDataServiceTests
{
    [Fact]
    public void ContiguousMonths_Gap_IsFilledWithZeros()
    {
        var filled = ChartDataService.ContiguousMonths([new CountRow("2023-11", 3), new CountRow("2024-02", 5)]);

        Assert.Equal(["2023-11", "2023-12", "2024-01", "2024-02"], filled.Select(r => r.Key));
        Assert.Equal([3, 0, 0, 5], filled.Select(r => r.Count));
    }

    [Fact]
    public void ContiguousMonths_NonMonthKeys_AreLeftAlone()
    {
        CountRow[] rows = [new("锦江区", 3), new("武侯区", 1)];

        Assert.Same(rows, ChartDataService.ContiguousMonths(rows));
    }
}
