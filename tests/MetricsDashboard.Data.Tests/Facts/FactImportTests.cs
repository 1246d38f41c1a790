using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Tests.Facts;

/// <summary>Facts kept current by import, re-import and re-extraction, with the real extractor on small texts.</summary>
public abstract class FactImportTests(DatabaseProvider provider)
{
    private static readonly DateOnly Day = new(2024, 12, 5);

    private static async Task ImportAsync(TestDatabase db, string name, string text)
    {
        var source = new ImportSource(name, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), new ImportMetadata(Day));
        var report = await db.Importer.ImportAsync([source], new ImportOptions());
        Assert.All(report.Files, f => Assert.NotEqual(ImportFileStatus.Failed, f.Status));
    }

    private const string Retail = "1-11月，锦江区社会消费品零售总额实现1298.6亿元。";

    [ProviderFact]
    public async Task Import_SameFigureInTwoArticles_OneFactWithBothMentions()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await ImportAsync(db, "a.txt", Retail);
        await ImportAsync(db, "b.txt", "据统计，" + Retail);

        var rows = await db.Facts.SumByDistrictAsync(new IndicatorFilter { Metrics = ["retail_sales"] });

        var row = Assert.Single(rows);
        Assert.Equal((1, 1298.6e8), (row.Count, row.Value));
        var fact = Assert.Single(await db.Facts.ListFactsAsync(new IndicatorFilter { Metrics = ["retail_sales"] }, true, 10));
        var detail = await db.Facts.GetFactAsync(fact.Id);
        Assert.Equal(["first_report", "cross_article"], detail!.Mentions.Select(m => m.MergeReason));
        Assert.Equal(["a.txt", "b.txt"], detail.Mentions.Select(m => m.FileName));
    }

    [ProviderFact]
    public async Task Reimport_RepresentativeLeaves_FactRepointedThenDeletedWithItsLastMention()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await ImportAsync(db, "a.txt", Retail);
        await ImportAsync(db, "b.txt", "据统计，" + Retail);
        var factId = Assert.Single(await db.Facts.ListFactsAsync(new IndicatorFilter(), false, 10)).Id;

        await ImportAsync(db, "a.txt", "锦江区新开工项目3个。");

        var detail = await db.Facts.GetFactAsync(factId);
        var source = Assert.Single(detail!.Mentions);
        Assert.Equal(("b.txt", true), (source.FileName, source.IsRepresentative));
        Assert.Equal(1, detail.Fact.MentionCount);

        await ImportAsync(db, "b.txt", "锦江区新开工项目5个。");

        Assert.Null(await db.Facts.GetFactAsync(factId));
        await using var context = db.Context();
        Assert.Equal(2, await context.Facts.CountAsync());
        Assert.Equal(0, await context.Indicators.CountAsync(i => i.FactId == null));
    }

    [ProviderFact]
    public async Task Reextract_KeepsOneFactPerFigure()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await ImportAsync(db, "a.txt", Retail);
        await ImportAsync(db, "b.txt", "据统计，" + Retail);

        await db.Importer.ReextractAsync(all: true);

        await using var context = db.Context();
        var fact = await context.Facts.SingleAsync();
        Assert.Equal(2, fact.MentionCount);
        Assert.Equal(2, await context.Indicators.CountAsync(i => i.FactId == fact.Id));
    }

    [ProviderFact]
    public async Task Import_TargetBesideActual_TwoRowsNeverAdded()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await ImportAsync(db, "a.txt", "2024年，锦江区完成固定资产投资120亿元。2025年，锦江区计划完成固定资产投资150亿元。");

        var all = await db.Facts.SumByDistrictAsync(new IndicatorFilter { Metrics = ["investment"] });
        var actual = await db.Facts.SumByDistrictAsync(new IndicatorFilter { Metrics = ["investment"], Kinds = [IndicatorKind.Actual] });

        Assert.Equal([(IndicatorKind.Actual, 120e8), (IndicatorKind.Target, 150e8)], all.Select(r => (r.Kind, r.Value)));
        Assert.Equal(120e8, Assert.Single(actual).Value);
    }

    [ProviderFact]
    public async Task Import_CumulativeSpanBesideMonth_NeverAdded()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await ImportAsync(db, "a.txt", "1-11月，锦江区社会消费品零售总额实现1298.6亿元。11月，锦江区社会消费品零售总额实现120亿元。");

        var rows = await db.Facts.SumByPeriodAsync(new IndicatorFilter { Metrics = ["retail_sales"] });

        Assert.Equal([("2024-01/2024-11", "cumulative", 1298.6e8), ("2024-11", "month", 120e8)], rows.Select(r => (r.Period, r.Grain, r.Value)));
    }

    [ProviderFact]
    public async Task Import_Cap_NeverSummed()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await ImportAsync(db, "a.txt", "成都发放3000万元消费券，单人累计最高可省1500元。");

        var rows = await db.Facts.SumByDistrictAsync(new IndicatorFilter { Units = [CanonicalUnit.Cny] });

        Assert.Equal(3e7, Assert.Single(rows).Value);
    }
}

public sealed class FactImportTestsOnSqlite() : FactImportTests(DatabaseProvider.Sqlite);

public sealed class FactImportTestsOnPostgres() : FactImportTests(DatabaseProvider.PostgreSql), IPostgresTests;
