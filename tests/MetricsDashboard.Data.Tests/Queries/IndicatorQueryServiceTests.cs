using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Tests.Fakes;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Tests.Shared;

namespace MetricsDashboard.Data.Tests.Queries;

public abstract class IndicatorQueryServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _db = null!;

    private IIndicatorQueryService Queries => _db.Queries;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);
        await QueryTestData.SeedAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [ProviderFact]
    public async Task GetSummaryAsync_EmptyFilter_CountsEverything()
    {
        var summary = await Queries.GetSummaryAsync(new IndicatorFilter());

        Assert.Equal(new DashboardSummary(4, 5, 9, 5, new DateOnly(2024, 3, 5)), summary);
    }

    [ProviderFact]
    public async Task GetSummaryAsync_DistrictFilter_CountsOnlyMatchingDocumentsAndArticles()
    {
        var summary = await Queries.GetSummaryAsync(new IndicatorFilter { Districts = ["锦江区"] });

        Assert.Equal(new DashboardSummary(2, 2, 3, 1, new DateOnly(2024, 1, 10)), summary);
    }

    [ProviderFact]
    public async Task ListAsync_CityFilter_IncludesItsDistricts()
    {
        var page = await Queries.ListAsync(new IndicatorFilter { Districts = ["成都市"] }, IndicatorSort.Value, false, 0, 50);

        Assert.Equal(6, page.Total);
        Assert.Equal(["成都市", "武侯区", "锦江区"], page.Items.Select(r => r.District!).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(page.Items, r => r.District is "德阳市" or "四川省" or null);
    }

    [ProviderFact]
    public async Task ListAsync_ProvinceFilter_IncludesCitiesAndTheirDistricts()
    {
        var page = await Queries.ListAsync(new IndicatorFilter { Districts = ["四川省"] }, IndicatorSort.Value, false, 0, 50);

        Assert.Equal(8, page.Total);
        Assert.Contains(page.Items, r => r.District == "德阳市");
    }

    [ProviderFact]
    public async Task ListAsync_DateRange_IsInclusiveOnPublicationDate()
    {
        var january = await Queries.ListAsync(new IndicatorFilter { From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 1, 10) }, IndicatorSort.PublishedOn, true, 0, 50);
        var later = await Queries.ListAsync(new IndicatorFilter { From = new DateOnly(2024, 1, 11) }, IndicatorSort.PublishedOn, true, 0, 50);

        Assert.Equal(3, january.Total);
        Assert.All(january.Items, r => Assert.Equal("a.txt", r.Doc));
        Assert.Equal(3, later.Total);
        Assert.All(later.Items, r => Assert.Equal(new DateOnly(2024, 3, 5), r.PublishedOn));
    }

    [ProviderTheory]
    [InlineData("零售", "社会消费品零售总额")]
    [InlineData("誓师", "完成投资")]
    public async Task ListAsync_Text_MatchesLabelOrSentence(string text, string label)
    {
        var page = await Queries.ListAsync(new IndicatorFilter { Text = text }, IndicatorSort.PublishedOn, true, 0, 50);

        Assert.Equal(label, Assert.Single(page.Items).Label);
    }

    [ProviderFact]
    public async Task ListAsync_UnitAndKind_FilterOnWireCodes()
    {
        var page = await Queries.ListAsync(new IndicatorFilter { Units = [CanonicalUnit.Cny], Kinds = [IndicatorKind.Target] }, IndicatorSort.PublishedOn, true, 0, 50);

        Assert.Equal("德阳市", Assert.Single(page.Items).District);
    }

    [ProviderFact]
    public async Task ListAsync_SortedByValueDescending_PagesInOrderWithinEachUnit()
    {
        var first = await Queries.ListAsync(new IndicatorFilter(), IndicatorSort.Value, true, 0, 3);
        var second = await Queries.ListAsync(new IndicatorFilter(), IndicatorSort.Value, true, 3, 3);
        var all = await Queries.ListAsync(new IndicatorFilter(), IndicatorSort.Value, true, 0, 100);

        Assert.Equal(9, first.Total);
        Assert.Equal([5.2e11, 129.86e9, 4.73e10], first.Items.Select(r => r.Value));
        Assert.Equal((3, 3), (second.Skip, second.Take));
        // 亿元 is never ranked against 人次 or 起: units form runs, each sorted by value.
        var runs = all.Items.GroupBy(r => (r.Unit, r.Counter)).ToList();
        Assert.Equal(runs.Count, all.Items.Select(r => (r.Unit, r.Counter)).Distinct().Count());
        Assert.Equal(all.Items.Select(r => (r.Unit, r.Counter)).Distinct().Count(),
            all.Items.Select((r, i) => (r.Unit, r.Counter, i)).GroupBy(x => (x.Unit, x.Counter)).Count(g => g.Max(x => x.i) - g.Min(x => x.i) == g.Count() - 1));
        Assert.All(runs, run => Assert.Equal(run.Select(r => r.Value).OrderDescending(), run.Select(r => r.Value)));
    }

    [ProviderFact]
    public async Task ListAsync_Row_CarriesArticleTitleAndDocumentName()
    {
        var row = Assert.Single((await Queries.ListAsync(new IndicatorFilter { Metrics = ["retail_sales"] }, IndicatorSort.PublishedOn, true, 0, 10)).Items);

        Assert.Equal(("锦江消费", "a.txt", CanonicalUnit.Cny, IndicatorKind.Actual, Qualifier.Exact), (row.ArticleTitle, row.Doc, row.Unit, row.Kind, row.Qualifier));
    }

    [ProviderFact]
    public async Task StreamAllAsync_Always_NewestFirstThenById()
    {
        var rows = await Queries.StreamAllAsync(new IndicatorFilter(), 100).ToListAsync();

        Assert.Equal(9, rows.Count);
        Assert.Equal(new DateOnly(2024, 3, 5), rows[0].PublishedOn);
        Assert.Null(rows[^1].PublishedOn);
        Assert.True(rows[0].Id < rows[1].Id);
    }

    [ProviderFact]
    public async Task StreamCitedArticlesAsync_Limit_CitesOnlyTheArticlesOfTheRowsKept()
    {
        var firstTwo = await Queries.StreamAllAsync(new IndicatorFilter(), 2).ToListAsync();

        var cited = await Queries.StreamCitedArticlesAsync(new IndicatorFilter(), 2).ToListAsync();

        Assert.Equal(firstTwo.Select(r => r.ArticleId).Distinct().Order(), cited.Select(a => a.ArticleId).Order());
        Assert.All(cited, a => Assert.Equal(firstTwo.First(r => r.ArticleId == a.ArticleId).Doc, a.Doc));
    }

    [ProviderFact]
    public async Task CountAsync_Filter_MatchesTheStreamedRows()
    {
        var filter = new IndicatorFilter { Units = [CanonicalUnit.Cny] };

        Assert.Equal((await Queries.StreamAllAsync(filter, 100).ToListAsync()).Count, await Queries.CountAsync(filter));
    }

    [ProviderFact]
    public async Task CountByAsync_TimeGroupings_UseCalendarKeysAscendingWithoutUndated()
    {
        var months = await Queries.CountByAsync(new IndicatorFilter(), IndicatorGrouping.Month);
        var quarters = await Queries.CountByAsync(new IndicatorFilter(), IndicatorGrouping.Quarter);
        var years = await Queries.CountByAsync(new IndicatorFilter(), IndicatorGrouping.Year);

        Assert.Equal([new("2023-12", 2), new("2024-01", 3), new("2024-03", 3)], months);
        Assert.Equal([new("2023-Q4", 2), new("2024-Q1", 6)], quarters);
        Assert.Equal([new("2023", 2), new("2024", 6)], years);
    }

    [ProviderFact]
    public async Task CountByAsync_District_SortedByCountWithEmptyKeyForNone()
    {
        var rows = await Queries.CountByAsync(new IndicatorFilter(), IndicatorGrouping.District);

        Assert.Equal(new CountRow("锦江区", 3), rows[0]);
        Assert.Equal(new CountRow("武侯区", 2), rows[1]);
        Assert.Contains(new CountRow("", 1), rows);
        Assert.Equal(9, rows.Sum(r => r.Count));
    }

    [ProviderFact]
    public async Task SumByAsync_Metric_NeverMixesUnitsOrCounters()
    {
        var rows = await Queries.SumByAsync(new IndicatorFilter(), IndicatorGrouping.Metric);

        Assert.Contains(new SumRow("cases", CanonicalUnit.Count, "起", 1, 4439, 4439), rows);
        Assert.Contains(new SumRow("cases", CanonicalUnit.Count, "件", 1, 100, 100), rows);
        Assert.Contains(new SumRow("investment", CanonicalUnit.Cny, null, 2, 5.2e11 + 4.73e10, 5.2e11), rows);
        Assert.Equal(rows.Count, rows.DistinctBy(r => (r.Key, r.Unit, r.Counter)).Count());
    }

    [ProviderFact]
    public async Task SumByAsync_Year_GroupsByUnitWithinEachYear()
    {
        var rows = await Queries.SumByAsync(new IndicatorFilter(), IndicatorGrouping.Year);

        Assert.Contains(new SumRow("2024", CanonicalUnit.Cny, null, 3, 129.86e9 + 5.2e11 + 4.73e10, 5.2e11), rows);
        Assert.DoesNotContain(rows, r => r.Key == "");
    }

    [ProviderFact]
    public async Task HeatmapAsync_Always_CountsDistrictBySectorWithoutNoDistrict()
    {
        var cells = await Queries.HeatmapAsync(new IndicatorFilter());

        Assert.Contains(new HeatCell("锦江区", "consumption_commerce", 2), cells);
        Assert.Contains(new HeatCell("武侯区", "public_safety", 1), cells);
        Assert.Equal(8, cells.Sum(c => c.Count));
    }

    [ProviderFact]
    public async Task LargestAmountsAsync_Always_OnlyMoneyLargestFirst()
    {
        var rows = await Queries.LargestAmountsAsync(new IndicatorFilter(), 3);

        Assert.Equal([5.2e11, 129.86e9, 4.73e10], rows.Select(r => r.Value));
        Assert.All(rows, r => Assert.Equal(CanonicalUnit.Cny, r.Unit));
    }

    [ProviderFact]
    public async Task CountSeriesAsync_Sector_OneSeriesOfCounts()
    {
        var series = Assert.Single(await Queries.CountSeriesAsync(new IndicatorFilter(), IndicatorGrouping.Sector));

        Assert.Equal("indicators", series.Name);
        Assert.Null(series.Unit);
        Assert.Equal(series.Categories.Count, series.Values.Count);
        Assert.Equal(9, series.Values.Sum());
    }

    [ProviderFact]
    public async Task SumSeriesAsync_District_OneSeriesPerUnitAndCounterOverSharedCategories()
    {
        var series = await Queries.SumSeriesAsync(new IndicatorFilter(), IndicatorGrouping.District);

        Assert.Equal(series.Count, series.Select(s => (s.Unit, s.Counter)).Distinct().Count());
        Assert.All(series, s => Assert.Equal(series[0].Categories, s.Categories));
        var cny = Assert.Single(series, s => s.Unit == CanonicalUnit.Cny);
        Assert.Equal(5.2e11, cny.Values[cny.Categories.ToList().IndexOf("武侯区")]);
        Assert.Equal(0, cny.Values[cny.Categories.ToList().IndexOf("成都市")]);
    }

    [ProviderFact]
    public async Task ListArticlesAsync_EmptyFilter_AllArticlesNewestFirst()
    {
        var articles = await Queries.ListArticlesAsync(new IndicatorFilter());

        Assert.Equal(5, articles.Count);
        Assert.Equal(new DateOnly(2024, 3, 5), articles[0].PublishedOn);
        Assert.Equal(3, articles[0].IndicatorCount);
    }

    [ProviderFact]
    public async Task ListArticlesAsync_Filter_ArticlesWithMatchingIndicatorsAndTheirCount()
    {
        var article = Assert.Single(await Queries.ListArticlesAsync(new IndicatorFilter { Metrics = ["cases"] }));

        Assert.Equal(("政法", "b.txt", 2), (article.Title, article.FileName, article.IndicatorCount));
    }

    [ProviderFact]
    public async Task GetArticleAsync_Existing_ReturnsItsSliceOfTextAndItsIndicators()
    {
        var id = (await Queries.ListArticlesAsync(new IndicatorFilter { Metrics = ["investment"], Districts = ["武侯区"] })).Single().Id;

        var detail = await Queries.GetArticleAsync(id);

        Assert.NotNull(detail);
        Assert.Equal(QueryTestData.Page1Text[32..], detail.Text);
        Assert.Equal(32, detail.TextOffset);
        Assert.Equal("完成投资", Assert.Single(detail.Indicators).Label);
    }

    [ProviderFact]
    public async Task GetArticleAsync_Unknown_ReturnsNull()
    {
        Assert.Null(await Queries.GetArticleAsync(12345));
    }

    [ProviderFact]
    public async Task GetReferenceDataAsync_Always_ListsAreasSectorsMetricsUnits()
    {
        var data = await Queries.GetReferenceDataAsync();

        Assert.Contains(new AreaInfo("锦江区", "district", "成都市"), data.Areas);
        Assert.Equal("country", data.Areas[0].Level);
        Assert.Contains(data.Sectors, s => s.Key == "public_safety");
        Assert.Contains(data.Metrics, m => m.Key == "retail_sales");
        Assert.Contains(CanonicalUnit.Cny, data.Units);
    }
}

public sealed class IndicatorQueryServiceTestsOnSqlite() : IndicatorQueryServiceTests(DatabaseProvider.Sqlite);

public sealed class IndicatorQueryServiceTestsOnPostgres() : IndicatorQueryServiceTests(DatabaseProvider.PostgreSql), IPostgresTests;
