using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Model.Explore;
using MetricsDashboard.Web.Model.Filters;

namespace MetricsDashboard.Web.Tests.Model;

public sealed class ExploreViewTests
{
    [Fact]
    public void Parse_Empty_IsTheDefaultNewestFirstView()
    {
        var view = ExploreView.Parse("");

        Assert.Equal(ExploreView.Default, view);
        Assert.Equal(IndicatorSort.PublishedOn, view.Sort);
        Assert.True(view.Descending);
        Assert.Equal(25, view.PageSize);
        Assert.DoesNotContain("sentence", view.Columns);
    }

    [Fact]
    public void ToQuery_ChangedView_RoundTripsWithTheFilters()
    {
        var view = new ExploreView { Sort = IndicatorSort.Value, Descending = false, Page = 2, PageSize = 50, Columns = ["metric", "sentence"] };
        var filters = FilterQuery.ToQueryString(new IndicatorFilter { Districts = ["锦江区"] });

        var query = view.ToQuery(filters);

        Assert.Equal("?district=%E9%94%A6%E6%B1%9F%E5%8C%BA&sort=value&dir=asc&page=3&size=50&cols=metric%2Csentence", query);
        Assert.Equal(view, ExploreView.Parse(query));
        Assert.Equal(["锦江区"], FilterQuery.Parse(query, out _).Districts);
    }

    [Fact]
    public void ToQuery_DefaultView_AddsNothing()
    {
        Assert.Equal("?q=GDP", ExploreView.Default.ToQuery("?q=GDP"));
        Assert.Equal("", ExploreView.Default.ToQuery(""));
    }

    [Theory]
    [InlineData("sort=nonsense&page=-3&size=7&cols=evil,,")]
    [InlineData("page=0&size=1000000")]
    [InlineData("page=99999999999999999999")]
    public void Parse_OddValues_FallBackToDefaults(string query)
    {
        var view = ExploreView.Parse(query);

        Assert.Equal(IndicatorSort.PublishedOn, view.Sort);
        Assert.Equal(0, view.Page);
        Assert.Equal(25, view.PageSize);
    }

    [Fact]
    public void Parse_UnknownColumnsOnly_ShowsNoOptionalColumn()
    {
        Assert.Empty(ExploreView.Parse("cols=evil").Columns);
    }

    [Fact]
    public void ReplaceFilters_KeepsTheViewButGoesBackToTheFirstPage()
    {
        var current = new Uri("http://localhost/explore?district=%E9%94%A6%E6%B1%9F%E5%8C%BA&sort=value&page=4&size=50");

        var next = FilterQuery.ReplaceFilters(current, new IndicatorFilter { Sectors = ["finance"] });

        Assert.Equal("/explore?sector=finance&sort=value&size=50", next);
    }
}
