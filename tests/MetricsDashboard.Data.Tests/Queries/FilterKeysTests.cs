using MetricsDashboard.Data.Queries;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Tests.Queries;

public sealed class FilterKeysTests
{
    private static Func<string, IEnumerable<string?>> Lookup(params (string Key, string Value)[] pairs) =>
        key => pairs.Where(p => p.Key == key).Select(p => (string?)p.Value);

    [Fact]
    public void Read_EveryKey_FillsTheFilter()
    {
        var filter = FilterKeys.Read(
            Lookup(("district", "锦江区"), ("district", "武侯区,锦江区"), ("sector", "finance"), ("metric", "cases"), ("unit", "CNY"),
                ("kind", "target"), ("from", "2024-02"), ("to", "2024-02"), ("q", "  消费券 ")),
            out var problems);

        Assert.Empty(problems);
        Assert.Equal(new IndicatorFilter
        {
            Districts = ["锦江区", "武侯区"], Sectors = ["finance"], Metrics = ["cases"], Units = [CanonicalUnit.Cny], Kinds = [IndicatorKind.Target],
            From = new DateOnly(2024, 2, 1), To = new DateOnly(2024, 2, 29), Text = "消费券",
        }, filter);
    }

    [Theory]
    [InlineData("from", "yesterday")]
    [InlineData("to", "9999-12")]
    [InlineData("from", "1899-12-31")]
    public void Read_UnreadableOrFarOffDate_IsReportedAndLeftOut(string key, string value)
    {
        var filter = FilterKeys.Read(Lookup((key, value)), out var problems);

        Assert.Equal(new FilterProblem(key, value), Assert.Single(problems));
        Assert.True(filter.IsEmpty);
    }

    [Fact]
    public void Read_ControlCharacters_AreDroppedFromCodes()
    {
        var filter = FilterKeys.Read(Lookup(("district", "锦江\0区")), out _);

        Assert.Equal(["锦江区"], filter.Districts);
    }

    [Fact]
    public void ToPairs_ThenRead_GivesTheSameFilter()
    {
        var filter = new IndicatorFilter
        {
            Districts = ["成都市"], Kinds = [IndicatorKind.Actual, IndicatorKind.Change], From = new DateOnly(2023, 5, 6), Text = "a,b & c",
        };

        var pairs = FilterKeys.ToPairs(filter);
        var read = FilterKeys.Read(key => pairs.Where(p => p.Key == key).Select(p => (string?)p.Value), out var problems);

        Assert.Empty(problems);
        Assert.Equal(filter, read);
        Assert.Equal(["district", "kind", "kind", "from", "q"], pairs.Select(p => p.Key));
    }

    [Fact]
    public void Equals_ComparesListContentsNotReferences() =>
        Assert.Equal(new IndicatorFilter { Sectors = ["finance"] }, new IndicatorFilter { Sectors = new List<string> { "finance" } });
}
