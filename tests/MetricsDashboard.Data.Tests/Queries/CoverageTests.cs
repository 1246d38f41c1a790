using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Synthetic;
using MetricsDashboard.Data.Tests.Fakes;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Tests.Queries;

/// <summary>
/// The overview's one read (<see cref="IIndicatorQueryService.GetCoverageAsync"/>) against its parts
/// read one by one: under a text search, a document or an article it counts the matching rows in
/// one pass, elsewhere it reads the rollups; either way every part must equal its own method's answer.
/// </summary>
public abstract class CoverageTests(DatabaseProvider provider)
{
    [ProviderFact]
    public async Task Coverage_OfTheSeeds_EqualsEachPartReadAlone()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await db.Importer.ImportPathAsync(TestFiles.SeedsFolder, new ImportOptions());
        await using var context = db.Context();
        var document = await context.Documents.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        var article = await context.Indicators.OrderBy(i => i.Id).Select(i => i.ArticleId).FirstAsync();
        IndicatorFilter[] filters =
        [
            new(),
            new() { Text = "投资" },
            new() { Text = "亿" },
            new() { Text = "成都", Districts = ["成都市"] },
            new() { Text = "%", Kinds = [IndicatorKind.Actual], From = new DateOnly(2024, 1, 1) },
            new() { Text = "不存在的词组" },
            new() { DocumentId = document },
            new() { ArticleId = article, Sectors = ["investment_construction"] },
            new() { Districts = ["成都市"] },
            new() { Units = [CanonicalUnit.Cny], From = new DateOnly(2024, 1, 10), To = new DateOnly(2024, 3, 5) },
        ];

        foreach (var filter in filters)
        {
            await AssertCoverageEqualsPartsAsync(db, filter);
        }
        // The text cases read rows: they must have found some, or the comparison proves nothing.
        var queries = new IndicatorQueryService(db.Contexts);
        Assert.True((await queries.GetCoverageAsync(new IndicatorFilter { Text = "亿" })).Summary.Indicators > 40);
        Assert.Contains((await queries.GetCoverageAsync(new IndicatorFilter { Text = "投资" })).ByDistrict, r => r.Key == "");
    }

    [ProviderFact]
    public async Task Coverage_OfSyntheticRows_EqualsEachPartReadAlone()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);
        SyntheticDataGenerator.Generate(db.Target, 3000, seed: 5);
        foreach (var filter in new IndicatorFilter[]
        {
            new() { Text = "投资" },
            new() { Text = "亿", Districts = ["锦江区", "德阳市"] },
            new() { Text = "零售额", From = new DateOnly(2021, 3, 17), To = new DateOnly(2022, 6, 3) },
            new() { From = new DateOnly(2021, 3, 17), To = new DateOnly(2022, 6, 3), Districts = ["成都市"] },
        })
        {
            await AssertCoverageEqualsPartsAsync(db, filter);
        }
    }

    // The parts from the rollups where they can answer, and the whole both ways: with the rollups,
    // and from the rows alone (every filter but the empty one then takes the one-pass path).
    private static async Task AssertCoverageEqualsPartsAsync(TestDatabase db, IndicatorFilter filter)
    {
        var parts = new IndicatorQueryService(db.Contexts);
        var expected = new CoverageOverview(
            await parts.GetSummaryAsync(filter),
            await parts.CountByAsync(filter, IndicatorGrouping.District),
            await parts.CountByAsync(filter, IndicatorGrouping.Sector),
            await parts.CountByAsync(filter, IndicatorGrouping.Month),
            await parts.HeatmapAsync(filter));
        foreach (var queries in new[] { parts, new IndicatorQueryService(db.Contexts) { UseRollups = false } })
        {
            var actual = await queries.GetCoverageAsync(filter);
            var label = $"{Describe(filter)} (rollups {queries.UseRollups})";
            Assert.True(expected.Summary == actual.Summary, $"summary of {label}: {actual.Summary}, expected {expected.Summary}");
            Assert.True(expected.ByDistrict.SequenceEqual(actual.ByDistrict), $"counts by area of {label}");
            Assert.True(expected.BySector.SequenceEqual(actual.BySector), $"counts by topic of {label}");
            Assert.True(expected.ByMonth.SequenceEqual(actual.ByMonth), $"counts by month of {label}");
            Assert.True(expected.Heatmap.SequenceEqual(actual.Heatmap), $"heatmap of {label}");
        }
    }

    private static string Describe(IndicatorFilter f) =>
        $"text '{f.Text}', areas [{string.Join(',', f.Districts)}], topics [{string.Join(',', f.Sectors)}], units [{string.Join(',', f.Units)}], " +
        $"kinds [{string.Join(',', f.Kinds)}], {f.From}–{f.To}, document {f.DocumentId}, article {f.ArticleId}";
}

public sealed class CoverageTestsOnSqlite() : CoverageTests(DatabaseProvider.Sqlite);

public sealed class CoverageTestsOnPostgres() : CoverageTests(DatabaseProvider.PostgreSql), IPostgresTests;
