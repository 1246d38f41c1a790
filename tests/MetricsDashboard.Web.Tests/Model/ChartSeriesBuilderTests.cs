using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Model.Formatting;
using MetricsDashboard.Web.Tests.Support;

namespace MetricsDashboard.Web.Tests.Model;

/// <summary>Typed chart rows on their way to drawn series and to download cells.</summary>
public sealed class ChartSeriesBuilderTests
{
    private static readonly DisplayNames Names =
        TestDisplayNames.Create("en", new ReferenceData([], [new KeyName("finance", "金融", "Finance")], [], [CanonicalUnit.Cny, CanonicalUnit.Count]));

    private static ChartTable<CountRow> Counts(params CountRow[] rows) =>
        new(ChartNames.ByDistrict, [new(new("district", "区县", "Area"), r => r.Key.Length == 0 ? null : r.Key), new(new("count", "指标数", "Indicators"), r => r.Count)], rows, []);

    [Fact]
    public void Counts_BeyondTop_AreOnePointOfOthersAndKeepTheirSum()
    {
        var table = Counts([.. Enumerable.Range(1, 6).Select(i => new CountRow($"区{i}", 100 - i)), new CountRow("", 3)]);

        var series = Assert.Single(ChartSeriesBuilder.Counts(table, "n", k => k ?? "(none)", top: 3, othersName: "others"));

        Assert.Equal(["区1", "区2", "区3", "others"], series.Points.Select(p => p.X));
        Assert.Equal([99, 98, 97, 96 + 95 + 94 + 3], series.Points.Select(p => p.Y ?? -1));
        Assert.Equal(["区1", "区2", "区3"], series.Points.Take(3).Select(p => p.Key));
    }

    [Fact]
    public void Counts_EmptyKey_IsNamedAsMissingAndDownloadsAsAnEmptyCell()
    {
        var table = Counts(new CountRow("锦江区", 4), new CountRow("", 2));

        var points = Assert.Single(ChartSeriesBuilder.Counts(table, "n", k => k ?? "(none)")).Points;

        Assert.Equal(["锦江区", "(none)"], points.Select(p => p.X));
        Assert.Equal([["锦江区", 4], [null, 2]], table.Cells().Select(c => c.ToArray()));
        Assert.Equal(["district", "count"], table.Headings.Select(h => h.Name));
    }

    [Fact]
    public void Heatmap_MissingCellIsZero_BusiestDistrictOnTop()
    {
        var table = new ChartTable<HeatCell>(ChartNames.Heatmap, [], [new("锦江区", "finance", 5), new("武侯区", "finance", 1), new("锦江区", "health", 2)], []);

        var series = ChartSeriesBuilder.Heatmap(table, Names);

        Assert.Equal(["锦江区", "武侯区"], series.Select(s => s.Name));
        Assert.Equal([1, 0], series[1].Points.Select(p => p.Y ?? -1));
        Assert.Equal(["Finance", "health"], series[0].Points.Select(p => p.X));
    }

    [Fact]
    public void SumsByUnit_UnitsKindsAndCountersAreNeverAdded()
    {
        var table = FactChartTables.SumByDistrict(
        [
            new FactSumRow("锦江区", CanonicalUnit.Cny, null, IndicatorKind.Actual, 2, 3e8, 2e8),
            new FactSumRow("锦江区", CanonicalUnit.Cny, null, IndicatorKind.Target, 1, 9e8, 9e8),
            new FactSumRow("武侯区", CanonicalUnit.Cny, null, IndicatorKind.Actual, 1, 1e8, 1e8),
            new FactSumRow("锦江区", CanonicalUnit.Count, "家", IndicatorKind.Actual, 1, 12, 12),
            new FactSumRow("武侯区", CanonicalUnit.Count, "个", IndicatorKind.Actual, 1, 5, 5),
        ]);

        var groups = ChartSeriesBuilder.SumsByUnit(table, k => k ?? "", Names);

        var cny = Assert.Single(groups, g => g.Unit == CanonicalUnit.Cny);
        Assert.Equal(2, cny.Series.Count);
        Assert.Equal([3e8, 1e8], cny.Series[0].Points.Select(p => p.Y));
        Assert.Equal([9e8, null], cny.Series[1].Points.Select(p => p.Y));
        Assert.Equal("CNY · Target", cny.Series[1].Name);
        var count = Assert.Single(groups, g => g.Unit == CanonicalUnit.Count);
        Assert.Equal(2, count.Series.Count);
        Assert.Equal([12, null], count.Series[0].Points.Select(p => p.Y));
    }

    [Fact]
    public void WithFacts_ListsEachRowsFactIdsAfterTheSumColumns()
    {
        var table = FactChartTables.SumByDistrict([new FactSumRow("锦江区", CanonicalUnit.Cny, null, IndicatorKind.Actual, 2, 3e8, 2e8), new FactSumRow(null, CanonicalUnit.Cny, null, IndicatorKind.Actual, 1, 1e8, 1e8)]);
        FactView[] facts = [Fact(11, "锦江区"), Fact(12, "锦江区"), Fact(13, null)];

        var listed = FactChartTables.WithFacts(table, facts, [], FactChartTables.DistrictKey, FactChartTables.DistrictKey);

        Assert.Equal("facts", listed.Headings[^1].Name);
        Assert.Equal(["11 12", "13"], listed.Cells().Select(c => c[^1]));
        Assert.Equal(table.Headings.Count + 1, listed.Cells().First().Length);
        Assert.Equal(3e8, listed.Cells().First()[4]);
    }

    private static FactView Fact(long id, string? district) => new(
        id, "investment", "投资", MeasureKey: null, district, "finance", Period: null, "none", IndicatorKind.Actual, 1e8, ValueMax: null, CanonicalUnit.Cny, Counter: null, Qualifier.Exact,
        IsAmount: true, IsSummable: true, TotalFactId: null, MentionCount: 1, PublishedOn: null);
}
