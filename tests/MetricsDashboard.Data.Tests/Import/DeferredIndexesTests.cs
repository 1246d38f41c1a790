using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Data.Tests.Import;

/// <summary>
/// A large import into a small SQLite database drops the secondary indexes of mentions and facts
/// and builds them once at its end (<see cref="DeferredIndexes"/>): the rows stored are the same,
/// the indexes come back exactly as the migrations made them, and a process killed in between
/// leaves them to the next start, which builds every index the model has and the file lacks.
/// </summary>
public sealed class DeferredIndexesTests
{
    [Fact]
    public async Task RestoreMissingAsync_FreshDatabase_FindsNothingMissing()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor());
        await using var context = db.Context();

        // The model's index names are the migrations' (else every start would build duplicates).
        Assert.Empty(await DeferredIndexes.RestoreMissingAsync(context, CancellationToken.None));
    }

    [Fact]
    public async Task DropAsyncThenRestoreMissingAsync_BuildsTheIndexesTheMigrationsMade()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor());
        var migrated = await IndexesAsync(db);
        await using var context = db.Context();

        var dropped = await DeferredIndexes.DropAsync(context, CancellationToken.None);
        var withoutThem = await IndexesAsync(db);
        var restored = await DeferredIndexes.RestoreMissingAsync(context, CancellationToken.None);

        Assert.Equal(DeferredIndexes.Names.Order(), dropped.Order());
        Assert.All(DeferredIndexes.Names, name => Assert.DoesNotContain(name, withoutThem.Keys));
        Assert.Equal(DeferredIndexes.Names.Order(), restored.Order());
        // The same definitions, to the text (columns, order, the partial index's filter).
        Assert.Equal(migrated.OrderBy(i => i.Key), (await IndexesAsync(db)).OrderBy(i => i.Key));
    }

    [Fact]
    public async Task InitializeAsync_IndexesLeftDroppedByAKilledImport_BuildsThemAgain()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor());
        var migrated = await IndexesAsync(db);
        await using (var context = db.Context())
        {
            // What an import that deferred them leaves when its process dies before its end.
            await DeferredIndexes.DropAsync(context, CancellationToken.None);
        }
        SqliteConnection.ClearAllPools();

        // The next start, web or CLI, as another process would make it.
        await using (var instance = db.NewInstance())
        {
            await instance.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        }

        Assert.Equal(migrated.OrderBy(i => i.Key), (await IndexesAsync(db)).OrderBy(i => i.Key));
    }

    [Fact]
    public async Task ImportPathAsync_IndexesDeferredOrNot_StoresTheSameRowsAndEndsWithEveryIndex()
    {
        await using var deferred = await TestDatabase.CreateAsync();
        await using var kept = await TestDatabase.CreateAsync();
        var migrated = await IndexesAsync(kept);

        var withDeferred = await deferred.Importer.ImportPathAsync(TestFiles.SeedsFolder, new ImportOptions { DeferIndexes = true });
        var withKept = await kept.Importer.ImportPathAsync(TestFiles.SeedsFolder, new ImportOptions { DeferIndexes = false });
        // A second, changed version of one file: replaced in an import that defers again.
        var changed = deferred.WriteFile("changed", Path.GetFileName(Directory.GetFiles(TestFiles.SeedsFolder, "*.txt").Order(StringComparer.Ordinal).First()), "锦江区完成投资12亿元，新开工3个项目。");
        var changedToo = kept.WriteFile("changed", Path.GetFileName(changed), "锦江区完成投资12亿元，新开工3个项目。");
        await deferred.Importer.ImportPathAsync(changed, new ImportOptions { DeferIndexes = true });
        await kept.Importer.ImportPathAsync(changedToo, new ImportOptions { DeferIndexes = false });

        Assert.True(withDeferred.IndicatorsAdded > 100);
        Assert.Equal(withKept.IndicatorsAdded, withDeferred.IndicatorsAdded);
        foreach (var table in ComparedTables)
        {
            Assert.Equal(await RowsAsync(kept, table), await RowsAsync(deferred, table));
        }
        Assert.Equal(migrated.OrderBy(i => i.Key), (await IndexesAsync(deferred)).OrderBy(i => i.Key));
    }

    [Fact]
    public async Task ImportPathAsync_CancelledWithIndexesDeferred_BuildsThemBeforeItReturns()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor());
        var migrated = await IndexesAsync(db);
        for (var i = 0; i < 30; i++)
        {
            db.WriteFile("in", $"{i:000}.txt", $"锦江区完成投资{i + 1}亿元。");
        }
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress<ImportProgress>(p =>
        {
            if (p.FilesDone == 10)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            db.Importer.ImportPathAsync(Path.Combine(db.Folder, "in"), new ImportOptions { DeferIndexes = true }, progress, cancel.Token));

        Assert.Equal(migrated.OrderBy(i => i.Key), (await IndexesAsync(db)).OrderBy(i => i.Key));
    }

    [Theory]
    [InlineData(100, 0, true)]      // a fresh database
    [InlineData(2500, 2500, true)]  // doubles it
    [InlineData(99, 0, false)]      // too small to pay for the rebuild
    [InlineData(500, 501, false)]   // adds less than it holds
    public void Pays_LargeImportIntoASmallDatabase(int files, long stored, bool expected) =>
        Assert.Equal(expected, DeferredIndexes.Pays(files, stored));

    [Fact]
    public async Task PaysAsync_CountsOnlyTheFilesNotStoredYet()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor());
        for (var i = 0; i < DeferredIndexes.MinimumFiles; i++)
        {
            db.WriteFile("in", $"{i:000}.txt", $"锦江区完成投资{i + 1}亿元。");
        }
        await db.Importer.ImportPathAsync(Path.Combine(db.Folder, "in"), new ImportOptions { DeferIndexes = false });
        await using var context = db.Context();
        var stored = context.Documents.Select(d => d.FileName).ToList();
        var others = stored.Select(n => "new/" + n).ToList();

        // The same folder again: nothing to add, the indexes stay.
        Assert.False(await DeferredIndexes.PaysAsync(context, stored, CancellationToken.None));
        // As many new files as it holds: doubles it.
        Assert.True(await DeferredIndexes.PaysAsync(context, others, CancellationToken.None));
        // The folder again with a few new files: the few count, not the folder.
        Assert.False(await DeferredIndexes.PaysAsync(context, [.. stored, .. others.Take(10)], CancellationToken.None));
    }

    [Fact]
    public async Task ImportPathAsync_ByDefault_DefersOnlyALargeImportIntoASmallDatabase()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor());
        for (var i = 0; i < DeferredIndexes.MinimumFiles; i++)
        {
            db.WriteFile("in", $"{i:000}.txt", $"锦江区完成投资{i + 1}亿元。");
        }
        var migrated = await IndexesAsync(db);

        var report = await db.Importer.ImportPathAsync(Path.Combine(db.Folder, "in"), new ImportOptions());

        Assert.Equal(DeferredIndexes.MinimumFiles, report.Imported);
        Assert.Equal(migrated.OrderBy(i => i.Key), (await IndexesAsync(db)).OrderBy(i => i.Key));
    }

    // Every table an import writes that a second database can be compared by (no timestamps).
    private static readonly string[] ComparedTables =
    [
        "Articles", "Indicators", "Facts", "AreaArticles", "IndicatorRollups", "IndicatorMonthTotals", "IndicatorYearRollups",
        "IndicatorDistrictTotals", "FactDistrictRollups", "FactPeriodRollups",
    ];

    private static async Task<List<string>> RowsAsync(TestDatabase db, string table)
    {
        await using var connection = new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(c => reader.IsDBNull(c) ? "∅" : Convert.ToString(reader.GetValue(c), System.Globalization.CultureInfo.InvariantCulture))));
        }
        // In one order whatever the plan that read them.
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static async Task<Dictionary<string, string>> IndexesAsync(TestDatabase db)
    {
        await using var connection = new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, COALESCE(sql, '') FROM sqlite_master WHERE type = 'index'";
        await using var reader = await command.ExecuteReaderAsync();
        var indexes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            indexes[reader.GetString(0)] = reader.GetString(1);
        }
        return indexes;
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
