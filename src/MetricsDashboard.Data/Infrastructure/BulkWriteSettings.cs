using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// Connection settings for an import's writing connection, per provider. On SQLite (WAL, set by
/// the initializer) <c>synchronous=NORMAL</c> skips the fsync of every commit — a power cut may
/// lose the last batches, never corrupt the file or split a batch — and a larger page cache keeps
/// the indexes being updated in memory. The settings stay with the connection (pooled) after the
/// import, which is harmless for readers. Other providers need nothing here.
/// </summary>
internal static class BulkWriteSettings
{
    /// <summary>The WAL size at which an import's connection copies it back into the database file.</summary>
    public const long WalCheckpointBytes = 128L * 1024 * 1024;

    public static async Task ApplyAsync(MetricsDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }
        // Only in WAL mode is NORMAL safe against corruption; a rollback-journal database keeps FULL.
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        var mode = await command.ExecuteScalarAsync(ct) as string;
        if (string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", ct);
        }
        // A 64 MB page cache keeps the indexes being updated in memory; temporary tables (the fact
        // rollup keys) in memory too; and the WAL is copied back into the file every 128 MB rather
        // than every 4 MB, so a page changed by every batch is copied once per several batches (at
        // 32 MB the copies were a twentieth of a large import). None of these can lose or corrupt
        // data: they change where pages wait, not when a commit is durable.
        command.CommandText = "PRAGMA page_size";
        var pageSize = Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        var checkpointPages = WalCheckpointBytes / Math.Max(pageSize, 512);
        // A pragma takes no parameters: the number is written into the statement.
        command.CommandText = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint={checkpointPages};");
        await command.ExecuteNonQueryAsync(ct);
    }
}
