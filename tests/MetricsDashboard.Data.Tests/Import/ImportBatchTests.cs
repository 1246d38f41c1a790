using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Tests.Import;

/// <summary>
/// A batch's files are all or nothing each without savepoints: a failing file rolls the batch back
/// and the earlier files are stored again (once more, and only they), the batch then commits at once;
/// when storing them again fails too, the run stops with <see cref="ImportBatchLostException"/> and
/// nothing of the batch is committed.
/// </summary>
public sealed class ImportBatchTests
{
    [Fact]
    public async Task FailedFile_EarlierFilesStoredAgainOnce_BatchDue_LaterCommitKeepsThem()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor());
        var calls = new Dictionary<string, int>();
        await using (var batch = await ImportBatch.BeginAsync(db.Contexts, default))
        {
            await batch.InFileAsync(_ => Insert(batch, "a.txt", calls), default);
            await batch.InFileAsync(_ => Insert(batch, "b.txt", calls), default);
            await Assert.ThrowsAsync<InvalidDataException>(() => batch.InFileAsync<int>(async _ =>
            {
                await Insert(batch, "c.txt", calls);
                throw new InvalidDataException("broken");
            }, default));

            Assert.True(batch.IsDue);
            Assert.Equal([("a.txt", 2), ("b.txt", 2), ("c.txt", 1)], calls.OrderBy(c => c.Key).Select(c => (c.Key, c.Value)));
            await batch.CommitAsync(default);
            Assert.False(batch.IsDue);
        }

        await using var context = db.Context();
        Assert.Equal(["a.txt", "b.txt"], await context.ImportRuns.OrderBy(r => r.Trigger).Select(r => r.Trigger).ToListAsync());
    }

    [Fact]
    public async Task FailedFile_EarlierFileFailsWhenStoredAgain_BatchLost_NothingCommitted()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor());
        var calls = new Dictionary<string, int>();
        await using (var batch = await ImportBatch.BeginAsync(db.Contexts, default))
        {
            await batch.InFileAsync(async _ =>
            {
                var id = await Insert(batch, "a.txt", calls);
                return calls["a.txt"] > 1 ? throw new InvalidOperationException("not the same the second time") : id;
            }, default);

            var lost = await Assert.ThrowsAsync<ImportBatchLostException>(() => batch.InFileAsync<int>(_ => throw new InvalidDataException("broken"), default));
            Assert.Contains("not the same the second time", lost.Message, StringComparison.Ordinal);
        }

        await using var context = db.Context();
        Assert.Empty(await context.ImportRuns.ToListAsync());
    }

    // A row written in the batch's transaction, named after the file; counts how often it was written.
    private static async Task<int> Insert(ImportBatch batch, string name, Dictionary<string, int> calls)
    {
        calls[name] = calls.GetValueOrDefault(name) + 1;
        await using var command = batch.Connection.CreateCommand();
        command.Transaction = batch.Transaction;
        command.CommandText = "INSERT INTO \"ImportRuns\" (\"StartedAt\", \"Trigger\", \"FilesSeen\", \"Imported\", \"Unchanged\", \"Replaced\", \"Failed\", \"IndicatorsAdded\") " +
            "VALUES ('2024-01-01 00:00:00', $name, 0, 0, 0, 0, 0, 0) RETURNING \"Id\"";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$name";
        parameter.Value = name;
        command.Parameters.Add(parameter);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
