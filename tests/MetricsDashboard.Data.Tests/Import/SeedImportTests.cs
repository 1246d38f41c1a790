using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Extraction;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Tests.Import;

public abstract class SeedImportTests(DatabaseProvider provider)
{
    [ProviderFact]
    public async Task ImportPathAsync_Seeds_StoresEveryIndicatorTheExtractorProduces()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);

        var report = await db.Importer.ImportPathAsync(TestFiles.SeedsFolder, new ImportOptions());

        var extractor = new IndicatorExtractor();
        var expected = TestFiles.Seeds
            .SelectMany(path =>
            {
                var date = SidecarMetadata.ReadFor(path)?.PublishedOn;
                var name = Path.GetFileName(path);
                return extractor.Extract(new SourceDocument(name, File.ReadAllBytes(path), date)).Indicators
                    .Select(i => (name, i.Start, i.End, i.Value, i.Unit, i.Metric, i.District, i.Period));
            })
            .Order()
            .ToList();
        await using var context = db.Context();
        var stored = (await context.Indicators.Select(i => new { i.Document!.FileName, i.Start, i.End, i.Value, i.Unit, i.Metric, i.District, i.Period }).ToListAsync())
            .Select(i => (i.FileName, i.Start, i.End, i.Value, i.Unit, i.Metric, i.District, i.Period))
            .Order()
            .ToList();
        Assert.Equal(5, report.Imported);
        Assert.Equal(0, report.Failed);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, stored);
        Assert.Equal(expected.Count, report.IndicatorsAdded);
    }

    [ProviderFact]
    public async Task ImportPathAsync_Seeds_TakesPublicationDatesFromSidecars()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);

        await db.Importer.ImportPathAsync(TestFiles.SeedsFolder, new ImportOptions());

        await using var context = db.Context();
        var document = await context.Documents.SingleAsync(d => d.FileName == "000_939de2998dae3d6f.txt");
        Assert.Equal(new DateOnly(2024, 1, 10), document.PublishedOn);
        Assert.Equal(DateSource.Metadata, document.DateSource);
        Assert.Equal("成都日报", document.SourceName);
        Assert.All(await context.Indicators.Where(i => i.DocumentId == document.Id).ToListAsync(), i =>
        {
            Assert.Equal(new DateOnly(2024, 1, 10), i.PublishedOn);
            Assert.Equal("2024-01", i.PublishedMonth);
        });
    }

    [ProviderFact]
    public async Task ImportPathAsync_SameFolderTwice_SecondRunAddsNothing()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await db.Importer.ImportPathAsync(TestFiles.SeedsFolder, new ImportOptions());
        await using var before = db.Context();
        var indicators = await before.Indicators.CountAsync();

        var second = await db.Importer.ImportPathAsync(TestFiles.SeedsFolder, new ImportOptions());

        await using var after = db.Context();
        Assert.Equal(5, second.Unchanged);
        Assert.Equal(0, second.IndicatorsAdded);
        Assert.Equal(indicators, await after.Indicators.CountAsync());
        Assert.Equal(5, await after.Documents.CountAsync());
    }
}

public sealed class SeedImportTestsOnSqlite() : SeedImportTests(DatabaseProvider.Sqlite);

public sealed class SeedImportTestsOnPostgres() : SeedImportTests(DatabaseProvider.PostgreSql), IPostgresTests;
