using Bunit;
using MetricsDashboard.Data.Review;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Components.Pages;
using MetricsDashboard.Web.Tests.Components.Fakes;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Web.Tests.Components;

/// <summary>The review page's queue, keys and actions over a fake review service, signed in as the administrator.</summary>
public sealed class ReviewPageTests : IDisposable
{
    private readonly PageTestContext _page = new();
    private readonly FakeReviewService _review = new();
    private readonly BunitContext _ctx;

    public ReviewPageTests()
    {
        _ctx = _page.Context;
        _ctx.Services.AddSingleton<IReviewService>(_review);
        _ctx.AddAuthorization().SetAuthorized("admin").SetRoles("admin");
        _review.Items.Add(FakeReviewService.Item(11, "100亿元", "other", ReviewStatuses.Pending, DoubtReasons.MetricOther));
        _review.Items.Add(FakeReviewService.Item(12, "200亿元"));
        _review.Items.Add(FakeReviewService.Item(13, "300亿元"));
    }

    public void Dispose() => _page.Dispose();

    private IRenderedComponent<Review> Render() => _ctx.Render<Review>();

    private static string Selected(IRenderedComponent<Review> cut) =>
        cut.FindAll("[data-testid=review-item]").Single(r => r.GetAttribute("data-selected") == "yes").GetAttribute("data-surface")!;

    [Fact]
    public void Queue_ShowsPendingFigures_FirstSelected_SentenceAndSurfaceHighlighted_KeysExplained()
    {
        var cut = Render();

        Assert.Equal(3, cut.FindAll("[data-testid=review-item]").Count);
        Assert.Equal(ReviewStatuses.Pending, _review.Queries.Last().Status);
        Assert.Equal("100亿元", Selected(cut));
        Assert.Equal("锦江区零售总额100亿元。", cut.Find("[data-testid=review-sentence]").TextContent);
        Assert.Equal("100亿元", cut.Find("[data-testid=review-surface]").TextContent);
        Assert.StartsWith("前文。", cut.Find("[data-testid=review-paragraph]").TextContent);
        Assert.Contains("j / k", cut.Find("[data-testid=review-keys]").TextContent);
        Assert.Contains("指标类别为“其他”", cut.FindAll("[data-testid=review-item]")[0].TextContent);
    }

    [Fact]
    public async Task Filters_AreMudSelects_AndAChoiceIsAUrlTheQueueIsReadFrom()
    {
        var cut = Render();
        var status = cut.FindComponents<MudBlazor.MudSelect<string>>()
            .Single(s => s.Instance.Label == "状态");

        await cut.InvokeAsync(() => status.Instance.ValueChanged.InvokeAsync(ReviewStatuses.Verified));

        Assert.Equal(5, cut.FindAll(".md-review-filter").Count(e => e.ClassList.Contains("mud-select")));
        Assert.EndsWith("/review?status=verified", _ctx.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().Uri, StringComparison.Ordinal);
        Assert.Equal(ReviewStatuses.Verified, _review.Queries.Last().Status);
        // A download, not a page: the link must not be taken over by the Blazor router.
        Assert.True(cut.Find("[data-testid=gold-download]").HasAttribute("download"));
    }

    [Fact]
    public void Keys_JAndKMoveTheSelection_WithinTheQueue()
    {
        var cut = Render();
        var queue = cut.Find("[data-testid=review-queue]");

        queue.KeyDown("j");
        queue.KeyDown("j");
        queue.KeyDown("j");
        Assert.Equal("300亿元", Selected(cut));
        cut.Find("[data-testid=review-queue]").KeyDown("k");
        Assert.Equal("200亿元", Selected(cut));
        Assert.Equal("200亿元", cut.Find("[data-testid=review-surface]").TextContent);
    }

    [Fact]
    public void KeyV_VerifiesTheSelectedFigure_AsTheSignedInAdministrator()
    {
        var cut = Render();

        cut.Find("[data-testid=review-queue]").KeyDown("j");
        cut.Find("[data-testid=review-queue]").KeyDown("v");

        Assert.Equal(["verify 12 by admin"], _review.Calls);
        cut.WaitForElement("[data-testid=review-notice]");
    }

    [Fact]
    public void KeyX_AsksForAReason_ThenExcludes()
    {
        var cut = Render();

        cut.Find("[data-testid=review-queue]").KeyDown("x");
        Assert.Empty(_review.Calls);
        cut.Find("[data-testid=exclude-reason]").Input("重复计算");
        cut.Find("[data-testid=exclude-confirm]").Click();

        Assert.Equal(["exclude 11 '重复计算' by admin"], _review.Calls);
        Assert.Empty(cut.FindAll("[data-testid=exclude-panel]"));
    }

    [Fact]
    public void KeysWhileAFormIsOpen_DoNotAct_AndEscapeCloses()
    {
        var cut = Render();

        cut.Find("[data-testid=review-queue]").KeyDown("e");
        cut.Find("[data-testid=review-queue]").KeyDown("v");
        Assert.Empty(_review.Calls);
        cut.Find("[data-testid=correct-panel]").KeyDown("Escape");

        Assert.Empty(cut.FindAll("[data-testid=correct-panel]"));
        Assert.Empty(_review.Calls);
    }

    [Fact]
    public void KeyE_CorrectionForm_SendsOnlyTheChangedFields()
    {
        var cut = Render();

        cut.Find("[data-testid=review-queue]").KeyDown("e");
        cut.Find("[data-testid=correct-metric]").Change("investment");
        cut.Find("[data-testid=correct-period]").Input("2024-11");
        cut.Find("[data-testid=correct-save]").Click();

        Assert.Equal(["correct 11 metric=investment,period=2024-11 by admin"], _review.Calls);
        Assert.Equal(2, _review.LastCorrection!.Count);
    }

    [Fact]
    public void InvalidCorrection_ShowsTheServicesMessage_AndKeepsTheForm()
    {
        _review.FailWith = "not a period: 'soon'";
        var cut = Render();

        cut.Find("[data-testid=review-edit]").Click();
        cut.Find("[data-testid=correct-period]").Input("soon");
        cut.Find("[data-testid=correct-save]").Click();

        Assert.Equal("not a period: 'soon'", cut.Find("[data-testid=review-error]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=correct-panel]"));
    }

    [Fact]
    public void AuditTrail_ListsChanges_WithOneUndoPerDecision()
    {
        _review.Audit.Add(new ReviewAudit { Id = 3, DecisionId = 2, At = new DateTime(2026, 11, 30, 9, 0, 0), By = "admin", Action = ReviewActions.Correct, Document = "a.txt", Surface = "200亿元", Field = "metric", OldValue = "retail_sales", NewValue = "energy" });
        _review.Audit.Add(new ReviewAudit { Id = 2, DecisionId = 2, At = new DateTime(2026, 11, 30, 9, 0, 0), By = "admin", Action = ReviewActions.Correct, Document = "a.txt", Surface = "200亿元", Field = "status", OldValue = "pending", NewValue = "corrected" });
        _review.Audit.Add(new ReviewAudit { Id = 1, DecisionId = 1, At = new DateTime(2026, 11, 30, 8, 0, 0), By = "admin", Action = ReviewActions.Exclude, Document = "a.txt", Surface = "100亿元", Field = "status", OldValue = "pending", NewValue = "excluded" });
        var cut = Render();

        var lines = cut.FindAll("[data-testid=audit-line]");
        Assert.Equal(3, lines.Count);
        // Codes are shown by their names: retail_sales → energy.
        Assert.Contains("社会消费品零售总额", lines[0].TextContent);
        Assert.Contains("能源", lines[0].TextContent);
        Assert.Equal(2, cut.FindAll("[data-testid=audit-undo]").Count);
        cut.FindAll("[data-testid=audit-undo]")[1].Click();

        Assert.Equal(["undo 1 by admin"], _review.Calls);
    }

    [Fact]
    public void OrphanedDecision_ShowsItsSentence_AndCanBeUndone()
    {
        _review.Items.Clear();
        _review.Items.Add(new ReviewItem(null, 9, "a.txt", null, "500亿元", 30, 35, ReviewStatuses.Orphaned, 5e10, null, CanonicalUnit.Cny, null, Qualifier.Exact, IndicatorKind.Actual,
            "retail_sales", "零售总额", "青羊区", "consumption_commerce", null, "青羊区零售总额500亿元。", null, [], "admin", new DateTime(2026, 11, 30), "重复"));
        _ctx.Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>().NavigateTo("/review?status=orphaned");
        var cut = Render();

        Assert.Equal(ReviewStatuses.Orphaned, _review.Queries.Last().Status);
        Assert.Equal("青羊区零售总额500亿元。", cut.Find("[data-testid=review-sentence]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=review-verify]"));
        cut.Find("[data-testid=review-undo-decision]").Click();

        Assert.Equal(["undo 9 by admin"], _review.Calls);
    }

    [Fact]
    public void KeyM_Twice_MergesTheFirstPickedFigureIntoTheSecond()
    {
        var cut = Render();

        cut.Find("[data-testid=review-queue]").KeyDown("m");
        Assert.Contains("100亿元", cut.Find("[data-testid=merge-pick]").TextContent);
        cut.Find("[data-testid=review-queue]").KeyDown("j");
        cut.Find("[data-testid=review-queue]").KeyDown("j");
        cut.Find("[data-testid=review-queue]").KeyDown("m");

        Assert.Equal(["merge 11 into 13 by admin"], _review.Calls);
        Assert.Empty(cut.FindAll("[data-testid=merge-pick]"));
    }
    [Fact]
    public void KeyS_SplitsAFigureOffAFactOfSeveralMentions_AndTheKeyIsExplained()
    {
        _review.Items.Add(FakeReviewService.Item(14, "400亿元", factMentions: 2));
        var cut = Render();
        Assert.Contains("s 拆分", cut.Find("[data-testid=review-keys]").TextContent);

        // The first figure is alone in its fact: neither the button nor the key splits it.
        Assert.Empty(cut.FindAll("[data-testid=review-split]"));
        cut.Find("[data-testid=review-queue]").KeyDown("s");
        Assert.Empty(_review.Calls);
        for (var i = 0; i < 3; i++)
        {
            cut.Find("[data-testid=review-queue]").KeyDown("j");
        }
        Assert.Equal("400亿元", Selected(cut));
        Assert.Contains("拆分", cut.Find("[data-testid=review-split]").TextContent);
        cut.Find("[data-testid=review-queue]").KeyDown("s");

        Assert.Equal(["split 14 by admin"], _review.Calls);
        Assert.NotNull(cut.Find("[data-testid=review-notice]"));
    }

    [Fact]
    public void SplitButton_Splits_AndASplitFigureOffersNoSplit()
    {
        _review.Items.Clear();
        _review.Items.Add(FakeReviewService.Item(21, "500亿元", factMentions: 3));
        _review.Items.Add(FakeReviewService.Item(22, "500亿元", factMentions: 1, status: ReviewStatuses.Split));
        var cut = Render();

        cut.Find("[data-testid=review-split]").Click();

        Assert.Equal(["split 21 by admin"], _review.Calls);
        _ctx.Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>().NavigateTo("/review?status=split");
        cut = Render();
        Assert.Equal((ReviewStatuses.Split, "已拆分"), (_review.Queries.Last().Status, cut.Find("[data-testid=review-item]").Children[3].TextContent));
        Assert.Empty(cut.FindAll("[data-testid=review-split]"));
        cut.Find("[data-testid=review-queue]").KeyDown("s");
        Assert.Single(_review.Calls);
    }
}
