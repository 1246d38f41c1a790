using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Model.Filters;

namespace MetricsDashboard.Web.Tests.Model;

public sealed class AreaChoicesTests
{
    private static readonly AreaInfo[] Areas =
    [
        new("四川省", "province", null),
        new("成都市", "city", "四川省"),
        new("锦江区", "district", "成都市"),
        new("武侯区", "district", "成都市"),
        new("绵阳市", "city", "四川省"),
        new("涪城区", "district", "绵阳市"),
        new("德阳市", "city", "四川省"),
    ];

    [Fact]
    public void Build_GroupsDistrictsUnderTheirCityWithChengduFirst()
    {
        var options = AreaChoices.Build(Areas, new Dictionary<string, int> { ["德阳市"] = 9, ["涪城区"] = 1 });

        Assert.Equal(["成都市", "武侯区", "锦江区", "德阳市", "绵阳市", "涪城区", "四川省"], options.Select(o => o.Name));
        Assert.True(options[0].IsGroup);
        Assert.True(options[1].IsChild);
        Assert.Equal("成都市", options[1].Parent);
    }

    [Fact]
    public void Build_CountsIncludeEveryAreaBelow()
    {
        var options = AreaChoices.Build(Areas, new Dictionary<string, int> { ["锦江区"] = 5, ["武侯区"] = 2, ["成都市"] = 1, ["四川省"] = 3 })
            .ToDictionary(o => o.Name, o => o.Count);

        Assert.Equal(8, options["成都市"]);
        Assert.Equal(5, options["锦江区"]);
        Assert.Equal(11, options["四川省"]);
        Assert.Equal(0, options["绵阳市"]);
    }
}
