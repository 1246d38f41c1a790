using MetricsDashboard.Data.Facts;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Data.Tests.Review;

/// <summary>Review decisions applied to stored figures, facts and totals, and kept through re-extraction and re-import (real extractor, small texts).</summary>
public sealed class ReviewServiceTests
{
    private static readonly DateOnly Day = new(2024, 12, 5);
    private const string Jinjiang = "1-11月，锦江区社会消费品零售总额实现1298.6亿元。";
    private const string Qingyang = "1-11月，青羊区社会消费品零售总额实现500亿元。";

    private static async Task ImportAsync(TestDatabase db, string name, string text)
    {
        var source = new ImportSource(name, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), new ImportMetadata(Day));
        var report = await db.Importer.ImportAsync([source], new ImportOptions());
        Assert.All(report.Files, f => Assert.NotEqual(ImportFileStatus.Failed, f.Status));
    }

    private static IReviewService Review(TestDatabase db) => db.Services.GetRequiredService<IReviewService>();

    private static async Task<long> IdOfAsync(TestDatabase db, string doc, string surface)
    {
        await using var context = db.Context();
        return await context.Indicators.Where(i => i.Document!.FileName == doc && i.Surface == surface).Select(i => i.Id).SingleAsync();
    }

    private static async Task<double> RetailTotalAsync(TestDatabase db) =>
        (await db.Facts.SumByDistrictAsync(new IndicatorFilter { Metrics = ["retail_sales"] })).Sum(r => r.Value);

    [Fact]
    public async Task Exclude_FigureLeavesMentionsFactsAndTotals()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, "a.txt", Jinjiang);
        await ImportAsync(db, "b.txt", Qingyang);
        Assert.Equal(1298.6e8 + 500e8, await RetailTotalAsync(db), 1);

        var outcome = await Review(db).ExcludeAsync(await IdOfAsync(db, "b.txt", "500亿元"), "wrong area", "ana");

        Assert.Equal((ReviewStatuses.Excluded, (long?)null), (outcome.Status, outcome.IndicatorId));
        Assert.Equal(1298.6e8, await RetailTotalAsync(db), 1);
        var page = await db.Queries.ListAsync(new IndicatorFilter(), IndicatorSort.PublishedOn, true, 0, 100);
        Assert.DoesNotContain(page.Items, r => r.Surface == "500亿元");
        await using var context = db.Context();
        Assert.Equal(0, await context.Facts.CountAsync(f => f.Value == 500e8));
        var excluded = Assert.Single(await Review(db).ListAsync(new ReviewQuery { Status = ReviewStatuses.Excluded }));
        Assert.Equal(("b.txt", "500亿元", "wrong area", "retail_sales"), (excluded.Doc, excluded.Surface, excluded.Reason, excluded.Metric));
    }

    [Fact]
    public async Task CorrectMetric_AppliedToRowAndFact_AndSurvivesReextractAll()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, "a.txt", Jinjiang);
        var id = await IdOfAsync(db, "a.txt", "1298.6亿元");

        await Review(db).CorrectAsync(id, new Dictionary<string, string?> { ["metric"] = "output_value", ["district"] = "青羊区" }, "ana");
        await db.Importer.ReextractAsync(all: true);

        await using var context = db.Context();
        var row = await context.Indicators.Include(i => i.Fact).SingleAsync(i => i.Surface == "1298.6亿元");
        Assert.Equal(("output_value", "青羊区", ReviewStatuses.Corrected, "ana"), (row.Metric, row.District, row.ReviewStatus, row.ReviewedBy));
        Assert.Equal(("output_value", "青羊区"), (row.Fact!.Metric, row.Fact.District));
        Assert.Equal(0, await RetailTotalAsync(db));
        var byArea = await db.Facts.SumByDistrictAsync(new IndicatorFilter { Metrics = ["output_value"] });
        Assert.Equal(1298.6e8, Assert.Single(byArea, r => r.District == "青羊区").Value, 1);
        var decision = await context.Set<ReviewDecision>().SingleAsync();
        Assert.Equal("retail_sales", ReviewCorrections.Parse(decision.Originals)["metric"]);
    }

    [Fact]
    public async Task ChangedFile_OffsetsMove_DecisionFollowsSurfaceInItsSentence()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, "a.txt", Jinjiang + "\n" + Qingyang);
        await Review(db).ExcludeAsync(await IdOfAsync(db, "a.txt", "500亿元"), "duplicate", "ana");
        await Review(db).CorrectAsync(await IdOfAsync(db, "a.txt", "1298.6亿元"), new Dictionary<string, string?> { ["period"] = "2024" }, "ana");

        await ImportAsync(db, "a.txt", "据统计，全区经济运行平稳。\n" + Jinjiang + "\n" + Qingyang);

        await using var context = db.Context();
        var rows = await context.Indicators.Where(i => i.Document!.FileName == "a.txt").ToListAsync();
        Assert.DoesNotContain(rows, r => r.Surface == "500亿元");
        var corrected = Assert.Single(rows, r => r.Surface == "1298.6亿元");
        Assert.Equal(("2024", ReviewStatuses.Corrected), (corrected.Period, corrected.ReviewStatus));
        var decisions = await context.Set<ReviewDecision>().Where(d => d.Status == DecisionStatuses.Active).ToListAsync();
        Assert.Equal(2, decisions.Count);
        Assert.Contains(decisions, d => d.Surface == "1298.6亿元" && d.Start == corrected.Start);
        Assert.All(decisions, d => Assert.True(d.Start > 10, "re-keyed to the moved offset"));
    }

    [Fact]
    public async Task ChangedFile_SentenceGone_DecisionOrphanedAndListed_ThenReattached()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, "a.txt", Jinjiang + "\n" + Qingyang);
        await Review(db).ExcludeAsync(await IdOfAsync(db, "a.txt", "500亿元"), "duplicate", "ana");

        await ImportAsync(db, "a.txt", Jinjiang);

        var orphan = Assert.Single(await Review(db).ListAsync(new ReviewQuery { Status = ReviewStatuses.Orphaned }));
        Assert.Equal(("a.txt", "500亿元", ReviewStatuses.Orphaned), (orphan.Doc, orphan.Surface, orphan.Status));
        Assert.Contains(await Review(db).AuditAsync(50), a => a.Action == ReviewActions.Orphan && a.Surface == "500亿元");

        await ImportAsync(db, "a.txt", Jinjiang + "\n" + Qingyang);

        Assert.Empty(await Review(db).ListAsync(new ReviewQuery { Status = ReviewStatuses.Orphaned }));
        Assert.Equal(1298.6e8, await RetailTotalAsync(db), 1);
    }

    [Fact]
    public async Task Undo_RestoresThePreviousDecision_ThenTheExtractedReading()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, "a.txt", Jinjiang);
        var first = await Review(db).CorrectAsync(await IdOfAsync(db, "a.txt", "1298.6亿元"), new Dictionary<string, string?> { ["metric"] = "output_value" }, "ana");
        var second = await Review(db).CorrectAsync(first.IndicatorId!.Value, new Dictionary<string, string?> { ["metric"] = "investment" }, "bo");

        var undone = await Review(db).UndoAsync(second.DecisionId, "bo");

        Assert.Equal((first.DecisionId, ReviewStatuses.Corrected), (undone.DecisionId, undone.Status));
        await using (var context = db.Context())
        {
            Assert.Equal("output_value", (await context.Indicators.SingleAsync()).Metric);
        }
        await Review(db).UndoAsync(first.DecisionId, "bo");
        await using (var context = db.Context())
        {
            var row = await context.Indicators.SingleAsync();
            Assert.Equal(("retail_sales", ReviewStatuses.Pending, (string?)null), (row.Metric, row.ReviewStatus, row.ReviewedBy));
        }
        var audit = await Review(db).AuditAsync(50);
        Assert.Contains(audit, a => a.Action == ReviewActions.Undo && a.Field == "metric" && a.OldValue == "investment" && a.NewValue == "output_value");
        Assert.Contains(audit, a => a.Action == ReviewActions.Undo && a.Field == "metric" && a.OldValue == "output_value" && a.NewValue == "retail_sales");
        Assert.Contains(audit, a => a.Action == ReviewActions.Correct && a.By == "ana" && a.OldValue == "retail_sales" && a.NewValue == "output_value");
        await Assert.ThrowsAsync<ReviewException>(() => Review(db).UndoAsync(first.DecisionId, "bo"));
    }

    [Fact]
    public async Task UndoExclusion_FigureCountsAgain()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, "a.txt", Jinjiang);
        var outcome = await Review(db).ExcludeAsync(await IdOfAsync(db, "a.txt", "1298.6亿元"), "not a figure", "ana");
        Assert.Equal(0, await RetailTotalAsync(db));

        await Review(db).UndoAsync(outcome.DecisionId, "ana");

        Assert.Equal(1298.6e8, await RetailTotalAsync(db), 1);
    }

    [Fact]
    public async Task Verify_MarksRowAndGivesGold()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, "a.txt", Jinjiang);
        await ImportAsync(db, "b.txt", Qingyang);

        var outcome = await Review(db).VerifyAsync(await IdOfAsync(db, "a.txt", "1298.6亿元"), "ana");

        Assert.Equal(ReviewStatuses.Verified, outcome.Status);
        var row = Assert.Single((await db.Queries.ListAsync(new IndicatorFilter(), IndicatorSort.PublishedOn, true, 0, 10)).Items, r => r.ReviewStatus != ReviewStatuses.Pending);
        Assert.Equal(("1298.6亿元", "ana"), (row.Surface, row.ReviewedBy));
        var gold = Assert.Single(await Review(db).GoldAsync(null));
        Assert.Equal("{\"doc\":\"a.txt\",\"surface\":\"1298.6亿元\",\"value\":129860000000,\"unit\":\"CNY\",\"counter\":null,\"qualifier\":\"exact\",\"kind\":\"actual\",\"metric\":\"retail_sales\",\"label\":\"锦江区社会消费品零售总额\",\"district\":\"锦江区\",\"sector\":\"consumption_commerce\",\"period\":\"2024-01/2024-11\",\"core\":true}",
            GoldJsonLines.ToLine(gold));
    }

    [Theory]
    [InlineData("metric", "no_such_metric")]
    [InlineData("unit", "yuan")]
    [InlineData("district", "火星区")]
    [InlineData("period", "last year")]
    [InlineData("value", "many")]
    [InlineData("colour", "red")]
    public async Task Correct_InvalidValue_RejectedAndNothingRecorded(string field, string value)
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, "a.txt", Jinjiang);

        var e = await Assert.ThrowsAsync<ReviewException>(() => Review(db).CorrectAsync(1, new Dictionary<string, string?> { [field] = value }, "ana"));

        // The message names what is wrong: the unknown field, else the bad value.
        Assert.Contains($"'{(field == "colour" ? field : value)}'", e.Message);
        await using var context = db.Context();
        Assert.Equal(0, await context.Set<ReviewDecision>().CountAsync());
        Assert.Equal(0, await context.Set<ReviewAudit>().CountAsync());
    }

    [Fact]
    public async Task Queue_OrdersByDoubt_AndFiltersByReason()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, "a.txt", Jinjiang + "\n全年举办活动三大类。");

        var all = await Review(db).ListAsync(new ReviewQuery());
        var noArea = await Review(db).ListAsync(new ReviewQuery { Doubt = DoubtReasons.MetricOther });

        Assert.True(all.Count >= 2);
        Assert.Equal(all.OrderByDescending(i => i.Doubts.Count).Select(i => i.Doubts.Count), all.Select(i => i.Doubts.Count));
        Assert.All(noArea, i => Assert.Contains(DoubtReasons.MetricOther, i.Doubts));
        Assert.DoesNotContain(noArea, i => i.Surface == "1298.6亿元");
    }

    [Fact]
    public async Task Merge_TwoReadingsOfOneFigure_BecomeOneFact_CountedOnce_AndStayMergedAfterReextract()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, "a.txt", Jinjiang);
        await ImportAsync(db, "b.txt", "锦江区社会消费品零售总额实现1298.6亿元。");
        long target = await IdOfAsync(db, "a.txt", "1298.6亿元"), source = await IdOfAsync(db, "b.txt", "1298.6亿元");
        await using (var context = db.Context())
        {
            Assert.Equal(2, await context.Facts.CountAsync());
        }

        await Review(db).MergeAsync(source, target, "ana");
        await db.Importer.ReextractAsync(all: true);

        await using (var context = db.Context())
        {
            var fact = await context.Facts.SingleAsync();
            Assert.Equal(2, fact.MentionCount);
        }
        Assert.Equal(1298.6e8, await RetailTotalAsync(db), 1);
        var (merged, into) = (await IdOfAsync(db, "b.txt", "1298.6亿元"), await IdOfAsync(db, "a.txt", "1298.6亿元"));
        var again = await Assert.ThrowsAsync<ReviewException>(() => Review(db).MergeAsync(merged, into, "ana"));
        Assert.Contains("one fact already", again.Message);
    }
    // One article reporting one figure twice: the grouper merges the two mentions as the same figure.
    private const string JinjiangTwice = Jinjiang + "\n据统计，1-11月，锦江区社会消费品零售总额实现1298.6亿元。";

    private static async Task<List<(string Surface, int Start, long FactId, string? Reason)>> MentionsAsync(TestDatabase db)
    {
        await using var context = db.Context();
        var rows = await context.Indicators.OrderBy(i => i.Document!.FileName).ThenBy(i => i.Start)
            .Select(i => new { i.Surface, i.Start, i.FactId, i.MergeReason }).ToListAsync();
        return rows.Select(r => (r.Surface, r.Start, r.FactId!.Value, r.MergeReason)).ToList();
    }

    [Fact]
    public async Task Split_SameFigureOfOneArticle_BecomesTwoFacts_CountedTwice_SurvivesReextract_UndoMergesBack()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, "a.txt", JinjiangTwice);
        var before = await MentionsAsync(db);
        Assert.Equal(2, before.Count);
        Assert.Equal(before[0].FactId, before[1].FactId);
        Assert.Equal(MergeReason.SameFigure, before[1].Reason);
        Assert.Equal(1298.6e8, await RetailTotalAsync(db), 1);

        var outcome = await Review(db).SplitAsync(await IdAtAsync(db, before[1].Start), "ana");
        await db.Importer.ReextractAsync(all: true);

        var after = await MentionsAsync(db);
        Assert.NotEqual(after[0].FactId, after[1].FactId);
        Assert.Equal((MergeReason.FirstReport, MergeReason.ReviewSplit), (after[0].Reason, after[1].Reason));
        // Two facts of 1298.6亿元 in 锦江区 for 1-11月: the totals by area and by period hold both.
        Assert.Equal(2 * 1298.6e8, await RetailTotalAsync(db), 1);
        var byArea = await db.Facts.SumByDistrictAsync(new IndicatorFilter { Metrics = ["retail_sales"] });
        Assert.Equal(2 * 1298.6e8, Assert.Single(byArea, r => r.District == "锦江区").Value, 1);
        var split = Assert.Single(await Review(db).ListAsync(new ReviewQuery { Status = ReviewStatuses.Split }));
        Assert.Equal((before[1].Start, "ana", 1), (split.Start, split.ReviewedBy, split.FactMentions));
        var audit = await Review(db).AuditAsync(50);
        Assert.Contains(audit, a => a.Action == ReviewActions.Split && a.By == "ana" && a.OldValue == ReviewStatuses.Pending && a.NewValue == ReviewStatuses.Split);

        await Review(db).UndoAsync(outcome.DecisionId, "ana");

        var undone = await MentionsAsync(db);
        Assert.Equal(undone[0].FactId, undone[1].FactId);
        Assert.Equal(MergeReason.SameFigure, undone[1].Reason);
        Assert.Equal(1298.6e8, await RetailTotalAsync(db), 1);
    }

    [Fact]
    public async Task Split_CrossArticleMerge_StandsAlone_ALaterReportJoinsTheOtherFact()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, "a.txt", Jinjiang);
        await ImportAsync(db, "b.txt", "据报道，" + Jinjiang);
        var merged = await MentionsAsync(db);
        Assert.Equal((merged[0].FactId, MergeReason.CrossArticle), (merged[1].FactId, merged[1].Reason));

        await Review(db).SplitAsync(await IdOfAsync(db, "b.txt", "1298.6亿元"), "ana");
        await ImportAsync(db, "c.txt", "另据统计，" + Jinjiang);

        var rows = await MentionsAsync(db);
        Assert.Equal(2, rows.Select(r => r.FactId).Distinct().Count());
        Assert.Equal(MergeReason.ReviewSplit, rows[1].Reason);
        Assert.Equal((rows[0].FactId, MergeReason.CrossArticle), (rows[2].FactId, rows[2].Reason));
        Assert.Equal(2 * 1298.6e8, await RetailTotalAsync(db), 1);
        // Stored again (an import of a changed file runs the same path), the split still holds.
        await ImportAsync(db, "b.txt", "据报道，" + Jinjiang + "\n全区经济运行平稳。");
        Assert.Equal(MergeReason.ReviewSplit, (await MentionsAsync(db))[1].Reason);
        Assert.Equal(2 * 1298.6e8, await RetailTotalAsync(db), 1);
    }

    [Fact]
    public async Task Split_CorrectingASplitFigure_KeepsItApart()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, "a.txt", JinjiangTwice);
        var second = (await MentionsAsync(db))[1];
        var id = await IdAtAsync(db, second.Start);
        var split = await Review(db).SplitAsync(id, "ana");

        var corrected = await Review(db).CorrectAsync(split.IndicatorId!.Value, new Dictionary<string, string?> { ["label"] = "锦江区社零总额（另一口径）" }, "bo");

        Assert.Equal(ReviewStatuses.Split, corrected.Status);
        var rows = await MentionsAsync(db);
        Assert.NotEqual(rows[0].FactId, rows[1].FactId);
        Assert.Equal(2 * 1298.6e8, await RetailTotalAsync(db), 1);
        // Undoing the correction leaves the split; undoing the split too merges them again.
        var back = await Review(db).UndoAsync(corrected.DecisionId, "bo");
        Assert.Equal((split.DecisionId, ReviewStatuses.Split), (back.DecisionId, back.Status));
        await Review(db).UndoAsync(split.DecisionId, "bo");
        Assert.Equal(1298.6e8, await RetailTotalAsync(db), 1);
    }

    [Fact]
    public async Task Split_FigureAloneInItsFact_RefusedAndNothingRecorded()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, "a.txt", Jinjiang);

        var id = await IdOfAsync(db, "a.txt", "1298.6亿元");
        var e = await Assert.ThrowsAsync<ReviewException>(() => Review(db).SplitAsync(id, "ana"));

        Assert.Contains("only mention of its fact", e.Message);
        await using var context = db.Context();
        Assert.Equal(0, await context.Set<ReviewDecision>().CountAsync());
        Assert.True((await Assert.ThrowsAsync<ReviewException>(() => Review(db).SplitAsync(999_999, "ana"))).NotFound);
    }

    private static async Task<long> IdAtAsync(TestDatabase db, int start)
    {
        await using var context = db.Context();
        return await context.Indicators.Where(i => i.Start == start).Select(i => i.Id).SingleAsync();
    }
}
