using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// The secondary indexes of mentions and facts that a large import into a small SQLite database
/// drops before it starts and builds again when it ends: building an index once from the finished
/// table (a sort) costs a fraction of updating it row by row, 131,000 mentions and 84,000 facts long.
/// Only indexes that no statement of the importer reads are deferred (checked with
/// <c>EXPLAIN QUERY PLAN</c>; <c>DeferredIndexesTests</c> keeps it so); the ones it seeks through stay:
/// mentions by document (a replaced file), by article (area articles' trigger), by fact (recomputed
/// facts) and by date (recomputed months); facts by match key (the fact look-up and the period
/// rollups, which force it with <c>INDEXED BY</c>), by kind (the district rollups) and by total.
/// <para>
/// Crash-safe: the drop is committed before the import's first batch, so a process killed in
/// between leaves the indexes missing. <see cref="RestoreMissingAsync"/> compares the database's
/// indexes with the EF Core model and creates every one it lacks, from the model itself; the importer
/// calls it when it ends (also after a failure or a cancellation) and <see cref="DatabaseInitializer"/>
/// at every start, web or CLI, so a killed import's indexes are back before anything reads.
/// </para>
/// </summary>
public static class DeferredIndexes
{
    /// <summary>The indexes deferred, by name (all in the model: <see cref="RestoreMissingAsync"/> rebuilds them from it).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "IX_Indicators_District_Cover", "IX_Indicators_Sector", "IX_Indicators_Metric", "IX_Indicators_Unit_Counter",
        "IX_Indicators_Unit_Value", "IX_Indicators_Kind",
        "IX_Facts_District_Cover", "IX_Facts_Measure", "IX_Facts_Measure_Cover",
    ];

    /// <summary>An import of at least this many files may defer the indexes (fewer: the rebuild would cost more than it saves).</summary>
    public const int MinimumFiles = 100;

    /// <summary>
    /// Whether an import of <paramref name="files"/> new files into a database holding
    /// <paramref name="storedDocuments"/> documents defers the indexes: when it at least doubles the
    /// database (a fresh or small one) and is large enough for the rebuild to pay.
    /// </summary>
    public static bool Pays(int files, long storedDocuments) => files >= MinimumFiles && files >= storedDocuments;

    /// <summary>
    /// Whether an import of the files named <paramref name="names"/> pays for deferring the indexes:
    /// <see cref="Pays"/> counting only the names not stored yet, so that importing a folder again
    /// (every file unchanged, or a few added) keeps the indexes. The stored names are read only when
    /// the import is at least as large as the database.
    /// </summary>
    public static async Task<bool> PaysAsync(MetricsDbContext db, IReadOnlyCollection<string> names, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (!Pays(names.Count, 0))
        {
            return false;
        }
        var stored = await db.Documents.LongCountAsync(ct);
        if (!Pays(names.Count, stored))
        {
            return false;
        }
        var known = (await db.Documents.Select(d => d.FileName).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return Pays(names.Distinct(StringComparer.Ordinal).Count(n => !known.Contains(n)), stored);
    }

    /// <summary>Drops the deferred indexes that exist, in one committed transaction; returns their names. SQLite only (elsewhere: none).</summary>
    public static async Task<IReadOnlyList<string>> DropAsync(MetricsDbContext db, CancellationToken ct) =>
        !db.Database.IsSqlite() ? [] : await OnOpenConnectionAsync(db, async connection =>
        {
            var existing = await IndexNamesAsync(connection, ct);
            var dropped = Names.Where(existing.Contains).ToList();
            if (dropped.Count > 0)
            {
                await RunInTransactionAsync(connection, [string.Concat(dropped.Select(name => $"DROP INDEX \"{name}\";"))], ct);
            }
            return dropped;
        }, ct);

    /// <summary>
    /// Creates, in one transaction, every index of the model that the SQLite database lacks (deferred
    /// by an import that did not finish, or dropped by hand), exactly as the migrations define it;
    /// returns their names. A no-op (one read of <c>sqlite_master</c>) when none is missing, and on
    /// other providers.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RestoreMissingAsync(MetricsDbContext db, CancellationToken ct) =>
        !db.Database.IsSqlite() ? [] : await OnOpenConnectionAsync(db, async connection =>
        {
            var existing = await IndexNamesAsync(connection, ct);
            // The names from the runtime model (cheap); the design-time model, which carries every
            // detail a migration writes (a partial index's filter), only when one is missing.
            if (db.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()).All(i => i.GetDatabaseName() is not { } name || existing.Contains(name)))
            {
                return (IReadOnlyList<string>)[];
            }
            var model = db.GetService<IDesignTimeModel>().Model;
            var missing = model.GetRelationalModel().Tables
                .SelectMany(t => t.Indexes)
                .Where(i => !existing.Contains(i.Name))
                .ToList();
            var commands = db.GetService<IMigrationsSqlGenerator>()
                .Generate(missing.Select(i => (MigrationOperation)CreateIndexOperation.CreateFrom(i)).ToList(), model);
            await RunInTransactionAsync(connection, commands.Select(c => c.CommandText).ToList(), ct);
            return missing.Select(i => i.Name).ToList();
        }, ct);

    // The context's connection held open for the work, closed after it.
    private static async Task<IReadOnlyList<string>> OnOpenConnectionAsync(MetricsDbContext db, Func<DbConnection, Task<IReadOnlyList<string>>> work, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await work(db.Database.GetDbConnection());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task RunInTransactionAsync(DbConnection connection, IReadOnlyList<string> statements, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    private static async Task<HashSet<string>> IndexNamesAsync(DbConnection connection, CancellationToken ct)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index'";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }
}
