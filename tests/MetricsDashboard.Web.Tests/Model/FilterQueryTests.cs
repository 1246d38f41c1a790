using MetricsDashboard.Data.Queries;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Model.Filters;

namespace MetricsDashboard.Web.Tests.Model;

public sealed class FilterQueryTests
{
    [Fact]
    public void Parse_RepeatedAndCommaSeparatedValues_CollectsAllOnce()
    {
        var state = FilterQuery.Parse("?district=锦江区&district=武侯区,锦江区&sector=finance&kind=target", out var errors);

        Assert.Empty(errors);
        Assert.Equal(["锦江区", "武侯区"], state.Districts);
        Assert.Equal(["finance"], state.Sectors);
        Assert.Equal([IndicatorKind.Target], state.Kinds);
    }

    [Fact]
    public void Parse_CodesTheContractDoesNotName_ReportedAndLeftOut()
    {
        var state = FilterQuery.Parse("?unit=CNY,litre&kind=Actual", out var errors);

        Assert.Equal([CanonicalUnit.Cny], state.Units);
        Assert.Empty(state.Kinds);
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("'unit' must be one of CNY, USD, percent", errors[0]);
        Assert.Equal("'kind' must be one of actual, target, change, rank, not 'Actual'.", errors[1]);
    }

    [Fact]
    public void Parse_MonthDates_FromIsFirstDayToIsLastDay()
    {
        var state = FilterQuery.Parse("from=2024-01&to=2024-02", out _);

        Assert.Equal(new DateOnly(2024, 1, 1), state.From);
        Assert.Equal(new DateOnly(2024, 2, 29), state.To);
    }

    [Fact]
    public void Parse_BadDate_ReportsErrorInsteadOfGuessing()
    {
        var state = FilterQuery.Parse("from=yesterday", out var errors);

        Assert.Null(state.From);
        Assert.Contains("from", Assert.Single(errors));
    }

    [Fact]
    public void ToQueryString_RoundTripsThroughParse()
    {
        var state = new IndicatorFilter
        {
            Districts = ["锦江区", "成都市"],
            Sectors = ["public_safety"],
            Metrics = ["cases"],
            Units = [CanonicalUnit.Count],
            Kinds = [IndicatorKind.Change],
            From = new DateOnly(2024, 1, 1),
            To = new DateOnly(2024, 1, 31),
            Text = "案件 & 警情",
        };

        var query = FilterQuery.ToQueryString(state);

        Assert.Equal(state, FilterQuery.Parse(query, out _));
        Assert.StartsWith("?district=%E9%94%A6%E6%B1%9F%E5%8C%BA&district=", query);
    }

    [Fact]
    public void ToQueryString_Empty_IsEmptyString() =>
        Assert.Equal("", FilterQuery.ToQueryString(IndicatorFilter.Empty));

    [Fact]
    public void ToPairs_RepeatedKeys_KeepsEachValue() =>
        Assert.Equal(
            [new("district", "锦江区"), new("district", "武侯区")],
            FilterKeys.ToPairs(new IndicatorFilter { Districts = ["锦江区", "武侯区"] }));
}
