using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Tests.Shared;

namespace MetricsDashboard.Data.Tests.Facts;

/// <summary>
/// Totals computed by hand from the seed texts (seeds/), asserted through the fact query service.
/// Each comment quotes the sentences that make the total. One database for the class: the seeds are
/// imported once with the real extractor, and no test writes.
/// </summary>
public abstract class SeedTotalsSpecTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _db = null!;

    private IFactQueryService Facts => _db.Facts;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider: provider);
        await _db.Importer.ImportPathAsync(TestFiles.SeedsFolder, new ImportOptions());
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [ProviderFact]
    public async Task ConsumptionVouchers_Chengdu_ThreeThousandWanYuanOnce()
    {
        // Seed 004, headline: 3000万元成都消费券活动12日开启 …; body: 3000万元消费券,9大品类 … 累计最高可省1500元。
        // One figure reported twice; 1500元 is a cap and 9大 an enumeration.
        var rows = await Facts.SumByDistrictAsync(new IndicatorFilter { Metrics = ["consumption_voucher"], Kinds = [IndicatorKind.Actual] });

        var row = Assert.Single(rows);
        Assert.Equal(("成都市", CanonicalUnit.Cny, 1, 3e7), (row.District, row.Unit, row.Count, row.Value));
    }

    [ProviderFact]
    public async Task Investment_NoArea_Actual_FiveThousandTwoHundredPlusFourSeventyThree()
    {
        // Seed 002: 超额完成300个川渝共建项目全年投资5200亿 (headline) and 300个共建重点项目全年完成投资5200亿元
        // (body) are one fact; 其中 3186亿元、1561亿元、153亿元、300亿元 are its parts. Seed 003: 涉及总投资473亿元
        // (no area, no period). 5200 + 473 = 5673亿元 in two facts.
        var rows = await Facts.SumByDistrictAsync(new IndicatorFilter { Metrics = ["investment"], Kinds = [IndicatorKind.Actual] });

        var noArea = Assert.Single(rows, r => r.District is null && r.Unit == CanonicalUnit.Cny);
        Assert.Equal(2, noArea.Count);
        Assert.Equal(5673e8, noArea.Value, 1e-6 * 5673e8);
        Assert.All(rows, r => Assert.Equal(IndicatorKind.Actual, r.Kind));
    }

    [ProviderFact]
    public async Task Investment_ByPeriod_2024IsFiveThousandTwoHundred()
    {
        // Only the 5200亿元 fact of seed 002 describes a dated period (2024); 473亿元 names none.
        var rows = await Facts.SumByPeriodAsync(new IndicatorFilter { Metrics = ["investment"], Kinds = [IndicatorKind.Actual], Units = [CanonicalUnit.Cny] });

        var year = Assert.Single(rows, r => r.Period == "2024");
        Assert.Equal(("year", 1, 5200e8), (year.Grain, year.Count, year.Value));
    }

    [ProviderFact]
    public async Task Investment_Breakdown_FourPartsAddUpToTheTotal()
    {
        var total = Assert.Single(await Facts.ListFactsAsync(new IndicatorFilter { Metrics = ["investment"], Units = [CanonicalUnit.Cny] }, summableOnly: true, 10), f => f.Value == 5200e8);

        var breakdown = await Facts.BreakdownAsync(total.Id);

        Assert.NotNull(breakdown);
        Assert.Equal([3186e8, 1561e8, 300e8, 153e8], breakdown.Parts.Select(p => p.Value));
        Assert.Equal(0, breakdown.Unexplained, 1e-3);
        Assert.All(breakdown.Parts, p => Assert.False(p.IsSummable));
        var detail = await Facts.GetFactAsync(total.Id);
        Assert.NotNull(detail);
        Assert.Equal(2, detail.Mentions.Count);
        Assert.Equal(["headline_repeat", "first_report"], detail.Mentions.OrderBy(m => m.Start).Select(m => m.MergeReason));
        Assert.Equal("300个共建重点项目全年完成投资5200亿元，年度投资完成率122%，超额完成全年目标任务。", Assert.Single(detail.Mentions, m => m.IsRepresentative).Sentence);
    }

    [ProviderFact]
    public async Task Projects_2024_EightHundredThirtyOne()
    {
        // Seed 002, 2024, no area: 300个共建重点项目 (headline + body, one fact) with its parts 99/117/31/53 (其中 …)
        // left out; 54个项目建成投用, 194个续建项目, 31个项目开工建设 (a figure of its own, not the part
        // 31个科技创新类项目): 579. Seed 000, 武侯区 2024: 悦湖科创产业园等112个项目, 感知源谷等76个项目,
        // 64个年度项目: 252. 579 + 252 = 831 in seven facts.
        var rows = await Facts.SumByPeriodAsync(new IndicatorFilter { Metrics = ["projects"], Kinds = [IndicatorKind.Actual], Units = [CanonicalUnit.Count] });
        var byDistrict = await Facts.SumByDistrictAsync(new IndicatorFilter { Metrics = ["projects"], Kinds = [IndicatorKind.Actual], Units = [CanonicalUnit.Count], From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 1, 31) });

        var year = Assert.Single(rows, r => r.Period == "2024" && r.Counter == "个");
        Assert.Equal((7, 831.0), (year.Count, year.Value));
        var noArea = Assert.Single(byDistrict, r => r.District is null);
        Assert.Equal((4, 579.0), (noArea.Count, noArea.Value));
    }

    [ProviderFact]
    public async Task SizeClass_Jintang_NeverAnAmount()
    {
        // Seed 000: 培育打造千亿级绿色制造产业；… 着力打造千亿级特色商贸产业。 Two size classes, no amounts.
        var rows = await Facts.SumByDistrictAsync(new IndicatorFilter { Districts = ["金堂县"], Metrics = ["output_value"] });

        Assert.Empty(rows);
    }

    [ProviderFact]
    public async Task LargestAmounts_SizeClassNeverListed()
    {
        // 千亿级 (seed 000) would top the list as 1,000亿元; the largest real amount is 5200亿元 (seed 002).
        var rows = await _db.Queries.LargestAmountsAsync(new IndicatorFilter(), 3);

        Assert.DoesNotContain(rows, r => r.Surface.Contains('级', StringComparison.Ordinal));
        Assert.Equal(5200e8, rows[0].Value);
    }

    [ProviderFact]
    public async Task LargestAmounts_HeadlineRepeatingItsBody_IsListedOnce()
    {
        // Seed 002's 5200亿元 stands in its headline and its body: one fact, one row.
        var rows = await _db.Queries.LargestAmountsAsync(new IndicatorFilter(), 5);

        Assert.Single(rows, r => r.Value == 5200e8);
        Assert.Equal(5, rows.Count);
    }

    [ProviderFact]
    public async Task Retail_Jinjiang_CumulativeSpanStaysItsOwnPeriod()
    {
        // Seed 001: 1-11月，…锦江区社会消费品零售总额实现1298.6亿元 — a figure to date (2023-01/2023-11).
        var rows = await Facts.SumByPeriodAsync(new IndicatorFilter { Districts = ["锦江区"], Metrics = ["retail_sales"], Kinds = [IndicatorKind.Actual] });

        var row = Assert.Single(rows);
        Assert.Equal(("2023-01/2023-11", "cumulative", 1298.6e8), (row.Period, row.Grain, row.Value));
    }

    [ProviderFact]
    public async Task Series_RetailSalesTotal_JinjiangPointLinksItsFact()
    {
        var series = await Facts.SeriesAsync("retail_sales_total", new IndicatorFilter());

        Assert.NotNull(series);
        var point = Assert.Single(series.Points, p => p.District == "锦江区");
        Assert.Equal(1298.6e8, point.Value);
        var fact = await Facts.GetFactAsync(Assert.Single(point.FactIds));
        Assert.Contains("锦江区社会消费品零售总额实现1298.6亿元", Assert.Single(fact!.Mentions).Sentence, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task Measures_ListsTheCatalogueWithFactCounts()
    {
        var measures = await Facts.MeasuresAsync();

        Assert.Contains(measures, m => m.Key == "consumption_vouchers" && m.FactCount == 1);
        Assert.Contains(measures, m => m.Key == "retail_sales_total" && m.Name == "社会消费品零售总额" && m.FactCount >= 1);
    }
}

public sealed class SeedTotalsSpecTestsOnSqlite() : SeedTotalsSpecTests(DatabaseProvider.Sqlite);

public sealed class SeedTotalsSpecTestsOnPostgres() : SeedTotalsSpecTests(DatabaseProvider.PostgreSql), IPostgresTests;
