using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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
