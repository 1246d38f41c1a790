using Bunit;
using MetricsDashboard.Web.Components.Pages;
using MetricsDashboard.Web.Tests.Components.Fakes;
using MetricsDashboard.Web.Tests.Support;

namespace MetricsDashboard.Web.Tests.Components;

/// <summary>Verified and corrected figures carry a mark with their reviewer in the article view; pending ones none.</summary>
public sealed class ReviewMarkTests : IDisposable
{
    private readonly PageTestContext _page = new();

    public void Dispose() => _page.Dispose();

    [Fact]
    public void ArticleView_MarksVerifiedAndCorrectedFigures_WithReviewer()
    {
        var detail = ArticleSamples.Detail();
        _page.Queries.Details[1] = detail with
        {
            Indicators = [detail.Indicators[0] with { ReviewStatus = "corrected", ReviewedBy = "ana", ReviewedAt = new DateTime(2026, 11, 30, 9, 30, 0) }, detail.Indicators[1]],
        };

        var cut = _page.Context.Render<ArticleDetail>(p => p.Add(c => c.Id, 1));

        var mark = Assert.Single(cut.FindAll("[data-testid=review-mark]"));
        Assert.Equal("corrected", mark.GetAttribute("data-status"));
        Assert.Equal("已更正（ana） 2026-11-30 09:30", mark.GetAttribute("title"));
    }
    [Fact]
    public void ArticleView_MarksASplitFigure_WithReviewer()
    {
        var detail = ArticleSamples.Detail();
        _page.Queries.Details[1] = detail with
        {
            Indicators = [detail.Indicators[0], detail.Indicators[1] with { ReviewStatus = "split", ReviewedBy = "bo", ReviewedAt = new DateTime(2026, 11, 30, 10, 0, 0) }],
        };

        var cut = _page.Context.Render<ArticleDetail>(p => p.Add(c => c.Id, 1));

        var mark = Assert.Single(cut.FindAll("[data-testid=review-mark]"));
        Assert.Equal(("split", "✂"), (mark.GetAttribute("data-status"), mark.TextContent));
        Assert.Equal("已拆分为独立事实（bo） 2026-11-30 10:00", mark.GetAttribute("title"));
    }
}
