using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Tests.Queries;

/// <summary>
/// The overview's summary under an area filter, read from <c>AreaArticles</c>, equals the one
/// counted from the figures — for every area (a city includes its districts), after replacing and
/// re-extracting documents.
/// </summary>
public sealed class AreaSummaryTests
{
    [Fact]
    public async Task GetSummaryAsync_EveryArea_SameAsCountedFromTheFigures()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Importer.ImportPathAsync(TestFiles.SeedsFolder, new ImportOptions());
        await AssertSameForEveryAreaAsync(db, expectSomeArticles: true);

        // A replaced document and a re-extraction remove and add rows through the same paths.
        var seed = File.ReadAllText(TestFiles.Seeds[0]);
        await db.Importer.ImportAsync([ImportSource.FromBytes(Path.GetFileName(TestFiles.Seeds[0]), System.Text.Encoding.UTF8.GetBytes(seed + "\n\n青白江区完成投资12亿元。"))], new ImportOptions());
        await db.Importer.ReextractAsync(all: true);
        await AssertSameForEveryAreaAsync(db, expectSomeArticles: true);

        // The fast path is the one answering: emptied, it finds no article of 成都市.
        await using (var context = db.Context())
        {
            await context.Database.ExecuteSqlRawAsync("DELETE FROM \"AreaArticles\"");
        }
        var city = new IndicatorFilter { Districts = ["成都市"] };
        Assert.Equal(0, (await new IndicatorQueryService(db.Contexts).GetSummaryAsync(city)).Articles);
        Assert.True((await new IndicatorQueryService(db.Contexts) { UseRollups = false }.GetSummaryAsync(city)).Articles > 0);
    }

    private static async Task AssertSameForEveryAreaAsync(TestDatabase db, bool expectSomeArticles)
    {
        var fast = new IndicatorQueryService(db.Contexts);
        var rows = new IndicatorQueryService(db.Contexts) { UseRollups = false };
        List<string> areas;
        await using (var context = db.Context())
        {
            areas = await context.Areas.Select(a => a.Name).ToListAsync();
        }
        var filters = areas.Select(a => new IndicatorFilter { Districts = [a] })
            .Append(new IndicatorFilter { Districts = ["成都市", "锦江区"] })
            .Append(new IndicatorFilter { Districts = ["四川省", "不存在区"] })
            .ToList();
        var withArticles = 0;
        foreach (var filter in filters)
        {
            var expected = await rows.GetSummaryAsync(filter);
            var actual = await fast.GetSummaryAsync(filter);
            Assert.True(expected == actual, $"{string.Join("+", filter.Districts)}: {actual} instead of {expected}");
            withArticles += expected.Articles > 0 ? 1 : 0;
        }
        Assert.Equal(expectSomeArticles, withArticles > 1);
    }
}
