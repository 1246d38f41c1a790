using Bunit;
using MetricsDashboard.Web.Components.Controls;
using MetricsDashboard.Web.Model.Charts;

namespace MetricsDashboard.Web.Tests.Components;

/// <summary>The heatmap as a table: rows of areas, columns of topics, banded cells that filter when clicked.</summary>
public sealed class HeatmapGridTests : IDisposable
{
    private readonly BunitContext _context = new();

    public void Dispose() => _context.Dispose();

    private static readonly IReadOnlyList<ChartSeries> Rows =
    [
        new("锦江区", [new ChartPoint("金融", 40, "finance"), new ChartPoint("交通", 0, "transport"), new ChartPoint("教育", 1, "education")], "锦江区"),
        new("武侯区", [new ChartPoint("金融", 12, "finance"), new ChartPoint("交通", 3, "transport"), new ChartPoint("教育", 0, "education")], "武侯区"),
    ];

    [Fact]
    public void Render_RowsAreAreas_ColumnsAreTopics_InTheGivenOrder()
    {
        var cut = _context.Render<HeatmapGrid>(p => p.Add(c => c.Rows, Rows));

        Assert.Equal(["金融", "交通", "教育"], cut.FindAll("th.md-heat-col").Select(th => th.TextContent.Trim()));
        Assert.Equal(["锦江区", "武侯区"], cut.FindAll("th.md-heat-row").Select(th => th.TextContent.Trim()));
        Assert.Equal(["40", "", "1", "12", "3", ""], cut.FindAll("td.md-heat-cell").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void Render_CellsTakeTheirCountsBand_EmptyCellsNoneAndNoButton()
    {
        var cut = _context.Render<HeatmapGrid>(p => p.Add(c => c.Rows, Rows));

        // Bands for a largest count of 40: 1–10, 11–20, 21–30, ≥31.
        var classes = cut.FindAll("td.md-heat-cell").Select(td => td.ClassList.Single(c => c.StartsWith("md-heat-b", StringComparison.Ordinal))).ToArray();
        Assert.Equal(["md-heat-b4", "md-heat-b0", "md-heat-b1", "md-heat-b2", "md-heat-b1", "md-heat-b0"], classes);
        Assert.Equal(4, cut.FindAll("button.md-heat-button").Count);
        Assert.Equal(["1–10", "11–20", "21–30", "≥31"], cut.FindAll(".md-heat-key").Select(k => k.TextContent.Trim()));
        Assert.Equal("武侯区 · 交通: 3", cut.FindAll("button.md-heat-button")[3].GetAttribute("title"));
    }

    [Fact]
    public void ClickCell_ReportsItsAreaAndTopic()
    {
        ChartPointSelection? selected = null;
        var cut = _context.Render<HeatmapGrid>(p => p
            .Add(c => c.Rows, Rows)
            .Add(c => c.OnPointSelected, s => selected = s));

        cut.FindAll("button.md-heat-button")[3].Click();

        Assert.Equal(("武侯区", "transport"), (selected?.Series.Key, selected?.Point.Key));
    }

    [Fact]
    public void Render_NoRows_DrawsNoCells()
    {
        var cut = _context.Render<HeatmapGrid>(p => p.Add(c => c.Rows, []));

        Assert.Empty(cut.FindAll("td"));
    }
}
