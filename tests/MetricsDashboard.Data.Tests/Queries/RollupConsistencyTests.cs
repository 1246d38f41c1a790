using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Synthetic;
using MetricsDashboard.Data.Tests.Fakes;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Tests.Queries;

public abstract class RollupConsistencyTests(DatabaseProvider provider)
{
    public static TheoryData<string?, string?, string[]> Filters => new()
    {
        { null, null, [] },
        { "2021-03-01", "2022-06-30", [] },
        { "2021-03-17", "2022-06-03", ["成都市"] },
        { "2023-05-05", "2023-05-20", [] },
        { "2022-02-10", null, ["锦江区", "德阳市"] },
        { null, "2020-07-15", [] },
        // One area alone: months from AreaMonthCounts on SQLite (a city holds its districts, a
        // province its cities), whole months and partial edges.
        { null, null, ["成都市"] },
        { "2021-03-01", "2022-06-30", ["四川省"] },
        { null, null, ["锦江区"] },
    };

    [ProviderTheory]
    [MemberData(nameof(Filters))]
    public async Task Aggregates_FromRollupsAndFromRows_AreEqual(string? from, string? to, string[] districts)
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);
        SyntheticDataGenerator.Generate(db.Target, 3000, seed: 11);
        var filter = new IndicatorFilter
        {
            From = from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            To = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
            Districts = districts,
        };
        var rollups = new IndicatorQueryService(db.Contexts);
        var rows = new IndicatorQueryService(db.Contexts) { UseRollups = false };

        foreach (var grouping in Enum.GetValues<IndicatorGrouping>())
        {
            Assert.Equal(await rows.CountByAsync(filter, grouping), await rollups.CountByAsync(filter, grouping));
            AssertSameSums(await rows.SumByAsync(filter, grouping), await rollups.SumByAsync(filter, grouping));
        }
        Assert.Equal(await rows.HeatmapAsync(filter), await rollups.HeatmapAsync(filter));
        Assert.Equal(await rows.GetSummaryAsync(filter), await rollups.GetSummaryAsync(filter));
        Assert.Equal((await rows.ListAsync(filter, IndicatorSort.PublishedOn, true, 0, 5)).Total, (await rollups.ListAsync(filter, IndicatorSort.PublishedOn, true, 0, 5)).Total);
    }

    [ProviderFact]
    public async Task Import_AddReplaceReextract_KeepsRollupsEqualToARebuild()
    {
        var extractor = new FakeExtractor();
        await using var db = await TestDatabase.CreateAsync(extractor, provider: provider);
        await db.Importer.ImportAsync(
            [
                ImportSource.FromBytes("a.txt", "投资1亿元，3个项目"u8.ToArray(), new ImportMetadata(new DateOnly(2024, 1, 10))),
                ImportSource.FromBytes("b.txt", "投资2亿元"u8.ToArray()),
            ],
            new ImportOptions());
        await db.Importer.ImportAsync([ImportSource.FromBytes("a.txt", "投资5亿元"u8.ToArray(), new ImportMetadata(new DateOnly(2024, 2, 1)))], new ImportOptions());
        extractor.Version = "fake-2";
        await db.Importer.ReextractAsync();

        await using var context = db.Context();
        var maintained = await Snapshot(context);
        await context.Database.ExecuteSqlRawAsync(IndicatorRollups.RebuildAllSql(SqlDialect.For(context)));
        var rebuilt = await Snapshot(context);
        Assert.Equal(rebuilt, maintained);
        Assert.DoesNotContain(maintained, r => r.StartsWith("2024-01", StringComparison.Ordinal));
        Assert.Contains(maintained, r => r.StartsWith("year 2024|", StringComparison.Ordinal));
        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.Contains(maintained, r => r.StartsWith("area ", StringComparison.Ordinal));
        }
    }

    [ProviderFact]
    public async Task Import_AFileFailsMidBatch_OthersStoredOnce_PreviousVersionKept_RollupsAndSearchExact()
    {
        var extractor = new FakeExtractor();
        await using var db = await TestDatabase.CreateAsync(extractor, provider: provider);
        await db.Importer.ImportAsync([ImportSource.FromBytes("b.txt", "投资2亿元，新开工3个项目"u8.ToArray(), new ImportMetadata(new DateOnly(2024, 1, 5)))], new ImportOptions());
        extractor.CorruptOn.Add("b.txt");

        // One batch: a.txt is stored, b.txt fails on its third figure after deleting its previous
        // version, so the batch is undone and a.txt stored again; c.txt follows.
        var report = await db.Importer.ImportAsync(
            [
                ImportSource.FromBytes("a.txt", "投资1亿元，新开工4个项目"u8.ToArray(), new ImportMetadata(new DateOnly(2024, 1, 10))),
                ImportSource.FromBytes("b.txt", "投资7亿元，新开工5个项目，增长9%"u8.ToArray(), new ImportMetadata(new DateOnly(2024, 2, 1))),
                ImportSource.FromBytes("c.txt", "投资3亿元"u8.ToArray(), new ImportMetadata(new DateOnly(2024, 2, 3))),
            ],
            new ImportOptions());

        Assert.Equal([ImportFileStatus.Imported, ImportFileStatus.Failed, ImportFileStatus.Imported], report.Files.Select(f => f.Status));
        await using var context = db.Context();
        Assert.Equal(["a.txt", "b.txt", "c.txt"], await context.Documents.OrderBy(d => d.FileName).Select(d => d.FileName).ToListAsync());
        Assert.Equal([1e8, 2e8, 3e8], await context.Indicators.Where(i => i.Unit == CanonicalUnit.Cny).OrderBy(i => i.Value).Select(i => i.Value).ToListAsync());
        Assert.Equal(5, await context.Indicators.CountAsync());
        var maintained = await Snapshot(context);
        await context.Database.ExecuteSqlRawAsync(IndicatorRollups.RebuildAllSql(SqlDialect.For(context)));
        Assert.Equal(await Snapshot(context), maintained);
        foreach (var term in new[] { "投资", "项目", "9%", "亿" })
        {
            var scanned = await context.Indicators.CountAsync(i => i.Label.Contains(term) || i.Sentence.Contains(term));
            var indexed = await (await IndicatorFilterTranslator.ApplyAsync(context, context.Indicators, new IndicatorFilter { Text = term }, default)).CountAsync();
            Assert.Equal(scanned, indexed);
        }
    }

    // Sums of doubles depend on the order they are added in (SQLite's SUM compensates rounding,
    // PostgreSQL's does not): equal to the cent, or to 1e-12 of the sum when that is more.
    private static void AssertSameSums(IReadOnlyList<SumRow> expected, IReadOnlyList<SumRow> actual)
    {
        Assert.Equal(expected.Select(r => r with { Sum = 0 }), actual.Select(r => r with { Sum = 0 }));
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.True(Math.Abs(e.Sum - a.Sum) <= Math.Max(0.005, Math.Abs(e.Sum) * 1e-12), $"{e.Key} {e.Unit}: {e.Sum} from rows, {a.Sum} from rollups");
        }
    }

    private static async Task<List<string>> Snapshot(MetricsDbContext context) =>
        (context.Database.IsSqlite()
            ? await context.Database.SqlQueryRaw<string>(
                "SELECT 'area ' || \"Area\" || '|' || \"Month\" || '|' || \"Unit\" || '|' || \"Counter\" || '|' || \"Count\" || '|' || \"Sum\" || '|' || \"Max\" AS \"Value\" FROM \"AreaMonthCounts\"").ToListAsync()
            : [])
            .Concat((await context.IndicatorRollups.ToListAsync())
                .Select(r => $"{r.Month}|{r.District}|{r.Sector}|{r.Metric}|{r.Unit}|{r.Counter}|{r.Kind}|{r.Count}|{r.Sum}|{r.Max}"))
            .Concat((await context.IndicatorMonthTotals.ToListAsync()).Select(r => $"total {r.Month}|{r.Sector}|{r.Metric}|{r.Unit}|{r.Counter}|{r.Kind}|{r.Count}|{r.Sum}|{r.Max}"))
            .Concat((await context.IndicatorYearRollups.ToListAsync()).Select(r => $"year {r.Year}|{r.District}|{r.Sector}|{r.Metric}|{r.Unit}|{r.Counter}|{r.Kind}|{r.Count}|{r.Sum}|{r.Max}"))
            .Concat((await context.IndicatorDistrictTotals.ToListAsync()).Select(r => $"district {r.District}|{r.Sector}|{r.Metric}|{r.Unit}|{r.Counter}|{r.Kind}|{r.Count}|{r.Sum}|{r.Max}"))
            .Order(StringComparer.Ordinal)
            .ToList();
}

public sealed class RollupConsistencyTestsOnSqlite() : RollupConsistencyTests(DatabaseProvider.Sqlite);

public sealed class RollupConsistencyTestsOnPostgres() : RollupConsistencyTests(DatabaseProvider.PostgreSql), IPostgresTests;
