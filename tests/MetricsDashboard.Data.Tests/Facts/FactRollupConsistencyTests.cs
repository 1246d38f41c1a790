using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Data.Reference;
using MetricsDashboard.Data.Synthetic;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Tests.Shared;

namespace MetricsDashboard.Data.Tests.Facts;

/// <summary>The fact rollups answer exactly what the facts answer, after imports, replacements and bulk loads.</summary>
public abstract class FactRollupConsistencyTests(DatabaseProvider provider)
{
    private static readonly IndicatorFilter[] Filters =
    [
        new(),
        new() { Kinds = [IndicatorKind.Actual] },
        new() { Kinds = [IndicatorKind.Actual], Units = [CanonicalUnit.Cny] },
        new() { From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31) },
        new() { From = new DateOnly(2025, 1, 1) },
        new() { Districts = ["成都市"], Sectors = ["consumption_commerce"] },
        new() { Metrics = ["investment", "projects"], Kinds = [IndicatorKind.Actual] },
    ];

    private static async Task AssertSameAsFactsAsync(TestDatabase db)
    {
        var rollups = new FactQueryService(db.Contexts, MeasureCatalog.Default);
        var facts = new FactQueryService(db.Contexts, MeasureCatalog.Default) { UseRollups = false };
        foreach (var filter in Filters)
        {
            var expected = await facts.SumByDistrictAsync(filter);
            var actual = await rollups.SumByDistrictAsync(filter);
            Assert.Equal(expected.Select(r => (r.District, r.Unit, r.Counter, r.Kind, r.Count, r.Max)), actual.Select(r => (r.District, r.Unit, r.Counter, r.Kind, r.Count, r.Max)));
            Assert.Equal(expected.Select(r => r.Value), actual.Select(r => r.Value), (a, b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a)));
            var expectedPeriods = await facts.SumByPeriodAsync(filter);
            var actualPeriods = await rollups.SumByPeriodAsync(filter);
            Assert.Equal(expectedPeriods.Select(r => (r.Period, r.Grain, r.Unit, r.Counter, r.Kind, r.Count)), actualPeriods.Select(r => (r.Period, r.Grain, r.Unit, r.Counter, r.Kind, r.Count)));
        }
    }

    [ProviderFact]
    public async Task Rollups_AfterSeedsAndReplacements_EqualFacts()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await db.Importer.ImportPathAsync(TestFiles.SeedsFolder, new ImportOptions());
        var retail = "2023年1-11月，锦江区社会消费品零售总额实现1111.1亿元。";
        await db.Importer.ImportAsync([ImportSource.FromBytes("a.txt", System.Text.Encoding.UTF8.GetBytes(retail), new ImportMetadata(new DateOnly(2023, 12, 20)))], new ImportOptions());
        // The same figure published a year later, then the earlier report replaced: the fact moves year.
        await db.Importer.ImportAsync([ImportSource.FromBytes("b.txt", System.Text.Encoding.UTF8.GetBytes("据统计，" + retail), new ImportMetadata(new DateOnly(2024, 1, 5)))], new ImportOptions());
        await db.Importer.ImportAsync([ImportSource.FromBytes("a.txt", System.Text.Encoding.UTF8.GetBytes("锦江区新开工项目3个。"), new ImportMetadata(new DateOnly(2023, 12, 20)))], new ImportOptions());

        await AssertSameAsFactsAsync(db);
        var moved = await db.Facts.SumByDistrictAsync(new IndicatorFilter { Districts = ["锦江区"], Metrics = ["retail_sales"], From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31) });
        Assert.Equal((1, 1111.1e8), (Assert.Single(moved).Count, moved[0].Value));
    }

    [ProviderFact]
    public async Task Rollups_OneBatchWhoseLaterFilesJoinMoveAndRemoveEarlierFacts_EqualFacts()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var retail = "2023年1-11月，锦江区社会消费品零售总额实现1111.1亿元。";
        var projects = "锦江区新开工项目3个，完成投资12亿元。";
        // One import, one batch (the rollups are brought up to date once, at its commit): b.txt joins
        // the fact a.txt made, c.txt reports it a year earlier (the fact moves year), d.txt and f.txt
        // make facts of their own (added, not recomputed). In the next batch d.txt's new version
        // removes a fact while g.txt reports the same figures again.
        ImportSource File(string name, string text, DateOnly date) =>
            ImportSource.FromBytes(name, System.Text.Encoding.UTF8.GetBytes(text), new ImportMetadata(date));
        await db.Importer.ImportAsync(
            [
                File("a.txt", retail, new DateOnly(2024, 1, 5)),
                File("b.txt", "据统计，" + retail, new DateOnly(2024, 2, 1)),
                File("c.txt", "此前，" + retail, new DateOnly(2023, 12, 20)),
                File("d.txt", projects, new DateOnly(2024, 3, 1)),
                File("f.txt", "青白江区签约项目8个。", new DateOnly(2024, 3, 2)),
            ],
            new ImportOptions());
        await db.Importer.ImportAsync([File("d.txt", "锦江区新开工项目4个。", new DateOnly(2024, 3, 1)), File("g.txt", projects, new DateOnly(2024, 4, 1))], new ImportOptions());

        await AssertSameAsFactsAsync(db);
        var moved = await db.Facts.SumByDistrictAsync(new IndicatorFilter { Districts = ["锦江区"], Metrics = ["retail_sales"] });
        Assert.Equal((1, 1111.1e8), (Assert.Single(moved).Count, moved[0].Value));
    }

    [ProviderFact]
    public async Task Rollups_AfterBulkLoad_EqualFacts()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        SyntheticDataGenerator.Generate(db.Target, 3000, seed: 5);

        await AssertSameAsFactsAsync(db);
    }
}

public sealed class FactRollupConsistencyTestsOnSqlite() : FactRollupConsistencyTests(DatabaseProvider.Sqlite);

public sealed class FactRollupConsistencyTestsOnPostgres() : FactRollupConsistencyTests(DatabaseProvider.PostgreSql), IPostgresTests;
