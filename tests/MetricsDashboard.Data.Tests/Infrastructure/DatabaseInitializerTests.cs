using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Tests.Fakes;
using MetricsDashboard.Extraction.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MetricsDashboard.Data.Tests.Infrastructure;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task InitializeAsync_EmptyFile_AppliesMigrationsAndSeedsReferenceTables()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), initialize: false);

        await db.Initializer.InitializeAsync();

        await using var context = db.Context();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Contains(await context.Areas.ToListAsync(), a => a.Name == "锦江区" && a.ParentName == "成都市" && a.Level == "district");
        Assert.Equal(16, await context.Sectors.CountAsync());
        Assert.Equal(21, await context.MetricCategories.CountAsync());
    }

    [Fact]
    public async Task InitializeAsync_NewFile_Gets16KbPagesAndWal_AnExistingFileKeepsItsPageSize()
    {
        await using var created = await TestDatabase.CreateAsync(new FakeExtractor(), initialize: false);
        await created.Initializer.InitializeAsync();
        Assert.Equal(((long)DatabaseInitializer.NewPageSize, "wal"), Pragmas(created.ConnectionString));

        await using var older = await TestDatabase.CreateAsync(new FakeExtractor(), initialize: false);
        using (var connection = new SqliteConnection(older.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_size=4096; CREATE TABLE \"Older\" (\"Id\" INTEGER PRIMARY KEY);";
            command.ExecuteNonQuery();
        }
        await older.Initializer.InitializeAsync();
        Assert.Equal((4096L, "wal"), Pragmas(older.ConnectionString));
    }

    private static (long PageSize, string JournalMode) Pragmas(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        var pageSize = (long)command.ExecuteScalar()!;
        command.CommandText = "PRAGMA journal_mode";
        return (pageSize, (string)command.ExecuteScalar()!);
    }

    [Fact]
    public async Task InitializeAsync_ExistingDatabaseWithData_KeepsEverything()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor());
        db.WriteFile("in", "a.txt", "锦江区完成投资12亿元，新开工3个项目。");
        await db.Importer.ImportPathAsync(Path.Combine(db.Folder, "in"), new ImportOptions());

        await db.Initializer.InitializeAsync();
        await db.Initializer.InitializeAsync();

        await using var context = db.Context();
        Assert.Equal(1, await context.Documents.CountAsync());
        Assert.Equal(2, await context.Indicators.CountAsync());
        Assert.Equal(1, await context.ImportRuns.CountAsync());
        Assert.Equal(21, await context.MetricCategories.CountAsync());
    }

    [Fact]
    public async Task InitializeAsync_DatabaseAtFirstMigrationWithData_UpgradesAndFillsRollups()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), initialize: false);
        await using (var context = db.Context())
        {
            var initial = context.Database.GetMigrations().First();
            await context.GetService<IMigrator>().MigrateAsync(initial);
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO Documents (Id, FileName, ContentHash, EncodingName, OriginalText, NormalisedText, PublishedOn, DateSource, ImportedAt, ExtractorVersion, SizeBytes) " +
                "VALUES (1, 'old.txt', 'h', 'utf-8', 't', 't', '2024-01-10', 'metadata', '2024-01-10 00:00:00', 'v0', 1);" +
                "INSERT INTO Articles (Id, DocumentId, \"Index\", Start, \"End\", PublishedOn) VALUES (1, 1, 0, 0, 1, '2024-01-10');" +
                "INSERT INTO Indicators (DocumentId, ArticleId, Surface, Start, \"End\", Value, Unit, Qualifier, Kind, Metric, Label, District, Sector, Sentence, SentenceStart, Confidence, ExtractorVersion, PublishedOn, PublishedMonth) " +
                "VALUES (1, 1, '12亿元', 0, 4, 1200000000, 'CNY', 'exact', 'actual', 'investment', '投资', '锦江区', 'investment_construction', 's', 0, 0.9, 'v0', '2024-01-10', '2024-01');");
        }

        await db.Initializer.InitializeAsync();

        await using var upgraded = db.Context();
        Assert.Empty(await upgraded.Database.GetPendingMigrationsAsync());
        Assert.Equal(1, await upgraded.Indicators.CountAsync());
        Assert.Equal(1, (await upgraded.IndicatorRollups.SingleAsync()).Count);
        Assert.Equal(1.2e9, (await upgraded.IndicatorYearRollups.SingleAsync(r => r.Year == "2024")).Sum);
        Assert.Equal("锦江区", (await upgraded.IndicatorDistrictTotals.SingleAsync()).District);
        Assert.Equal([new Data.Queries.CountRow("锦江区", 1)], await db.Queries.CountByAsync(new Data.Queries.IndicatorFilter(), Data.Queries.IndicatorGrouping.District));
    }

    [Fact]
    public async Task InitializeAsync_DatabaseFromBeforeFactsWithIndicators_BackfillsFacts()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), initialize: false);
        await using (var context = db.Context())
        {
            var beforeFacts = context.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_MentionsAndFacts", StringComparison.Ordinal)).Last();
            await context.GetService<IMigrator>().MigrateAsync(beforeFacts);
            // Two sentences of one article give the same figure; a third gives another.
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO Documents (Id, FileName, ContentHash, EncodingName, OriginalText, NormalisedText, PublishedOn, DateSource, ImportedAt, ExtractorVersion, SizeBytes) " +
                "VALUES (1, 'old.txt', 'h', 'utf-8', 't', 't', '2024-01-10', 'metadata', '2024-01-10 00:00:00', 'v0', 1);" +
                "INSERT INTO Articles (Id, DocumentId, \"Index\", Start, \"End\", PublishedOn) VALUES (1, 1, 0, 0, 90, '2024-01-10');" +
                "INSERT INTO Indicators (DocumentId, ArticleId, Surface, Start, \"End\", Value, Unit, Qualifier, Kind, Metric, Label, District, Sector, Period, Sentence, SentenceStart, Confidence, ExtractorVersion, PublishedOn, PublishedMonth) VALUES " +
                "(1, 1, '12亿元', 5, 9, 1200000000, 'CNY', 'exact', 'actual', 'investment', '完成投资', '锦江区', 'investment_construction', '2023', 's1', 0, 0.9, 'v0', '2024-01-10', '2024-01'), " +
                "(1, 1, '12亿元', 45, 49, 1200000000, 'CNY', 'exact', 'actual', 'investment', '投资', '锦江区', 'investment_construction', '2023', 's2', 40, 0.9, 'v0', '2024-01-10', '2024-01'), " +
                "(1, 1, '3个', 75, 77, 3, 'count', 'exact', 'actual', 'projects', '项目', '锦江区', 'investment_construction', '2023', 's3', 70, 0.9, 'v0', '2024-01-10', '2024-01');");
        }

        await db.Initializer.InitializeAsync();

        await using var upgraded = db.Context();
        Assert.Equal(0, await upgraded.Indicators.CountAsync(i => i.FactId == null));
        var facts = await upgraded.Facts.OrderBy(f => f.Value).ToListAsync();
        Assert.Equal([(3.0, 1), (1.2e9, 2)], facts.Select(f => (f.Value, f.MentionCount)));
        Assert.All(facts, f => Assert.True(f.IsSummable));
        Assert.Equal(["first_report", "same_figure", "first_report"], await upgraded.Indicators.OrderBy(i => i.Start).Select(i => i.MergeReason).ToListAsync());
        var sums = await db.Facts.SumByDistrictAsync(new Data.Queries.IndicatorFilter { Units = [CanonicalUnit.Cny] });
        Assert.Equal(1.2e9, Assert.Single(sums).Value);
    }

    [Fact]
    public async Task InitializeAsync_DatabaseWrittenByTheNet9Release_OpensUnderEfCore10AndKeepsEverything()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), initialize: false);
        await using (var connection = new SqliteConnection(db.ConnectionString))
        {
            await connection.OpenAsync();
            await using var load = connection.CreateCommand();
            load.CommandText = await File.ReadAllTextAsync(TestFiles.Net9ReleaseDump);
            await load.ExecuteNonQueryAsync();
        }

        await db.Initializer.InitializeAsync();

        await using var context = db.Context();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(5, await context.Documents.CountAsync());
        Assert.Equal(263, await context.Indicators.CountAsync());
        // The rollups the old release kept still agree with the rows (what the overview reads).
        var perDistrict = await db.Queries.CountByAsync(new Data.Queries.IndicatorFilter(), Data.Queries.IndicatorGrouping.District);
        Assert.Equal(263, perDistrict.Sum(r => r.Count));
        Assert.Equal(
            await context.Indicators.CountAsync(i => i.District == "锦江区"),
            perDistrict.Single(r => r.Key == "锦江区").Count);
        var article = await context.Articles.OrderBy(a => a.Id).FirstAsync();
        Assert.NotNull(await db.Queries.GetArticleAsync(article.Id));
        // The release stored the codes as strings; typed now, every row reads back as the same strings.
        var typed = await context.Indicators.OrderBy(i => i.Id).Select(i => new { i.Unit, i.Qualifier, i.Kind, i.Form }).ToListAsync();
        var raw = await context.Database
            .SqlQueryRaw<string>("SELECT \"Unit\" || '|' || \"Qualifier\" || '|' || \"Kind\" || '|' || \"Form\" AS \"Value\" FROM \"Indicators\" ORDER BY \"Id\"")
            .ToListAsync();
        Assert.Equal(raw, typed.Select(t => $"{t.Unit.ToWire()}|{t.Qualifier.ToWire()}|{t.Kind.ToWire()}|{t.Form.ToWire()}"));
        Assert.Contains(typed, t => t.Qualifier != Qualifier.Exact);
    }

    [Fact]
    public async Task InitializeAsync_Always_SwitchesToWalAndForeignKeys()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor());

        await using var connection = new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        var mode = (string?)await command.ExecuteScalarAsync();
        command.CommandText = "PRAGMA foreign_keys;";
        var foreignKeys = (long?)await command.ExecuteScalarAsync();

        Assert.Equal("wal", mode);
        Assert.Equal(1, foreignKeys);
    }

    [Fact]
    public async Task ImportSeedsIfEmptyAsync_EmptyDatabase_ImportsTheFolderOnce()
    {
        await using var db = await TestDatabase.CreateAsync();

        var first = await db.Initializer.ImportSeedsIfEmptyAsync(TestFiles.SeedsFolder);
        var second = await db.Initializer.ImportSeedsIfEmptyAsync(TestFiles.SeedsFolder);

        Assert.NotNull(first);
        Assert.Equal(5, first.Imported);
        Assert.Equal(ImportTrigger.Startup, first.Trigger);
        Assert.Null(second);
    }
}
