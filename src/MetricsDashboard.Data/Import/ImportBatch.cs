using System.Diagnostics;
using MetricsDashboard.Data.Facts;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Data.Search;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MetricsDashboard.Data.Import;

/// <summary>
/// One transaction over several files of a run, and one commit — one fsync, one update of the
/// month rollups, one write of the text index — for the whole batch. A file that fails to store
/// leaves nothing: the batch's transaction is rolled back and the files stored before it in the
/// batch are stored again from what was prepared (<see cref="InFileAsync{T}"/>), so earlier files
/// stay and the failing file's previous version stays intact. A savepoint per file gave the same
/// guarantee, but SQLite copies every page a savepoint touches into its journal first: a twentieth
/// of the import's time, paid by every file for the rare one that fails. A killed process loses at
/// most the open batch, which the next run imports again (committed files are skipped by their
/// content hash).
/// </summary>
internal sealed class ImportBatch : IAsyncDisposable
{
    /// <summary>Files after which a batch commits (they are held in memory to be stored again after a failed file).</summary>
    public const int MaxFiles = 500;

    /// <summary>Time after which a batch commits, so a kill loses little and progress is durable.</summary>
    public static readonly TimeSpan MaxOpenTime = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long storing waits for the next file before it commits what it has (an upload trickling in
    /// is durable file by file). Reading falls behind storing for a few milliseconds now and then even
    /// in a fast run; committing at each of those made batches of a few dozen files, each paying a
    /// commit, a text-index segment and the rollups (27 batches instead of 6 at 2,500 files).
    /// </summary>
    public static readonly TimeSpan IdleCommitDelay = TimeSpan.FromMilliseconds(250);

    private readonly List<ImportFileReport> _pending = [];
    private readonly List<ImportFileResult> _resultRows = [];
    private readonly HashSet<string> _recomputeMonths = new(StringComparer.Ordinal);
    private readonly MonthRollupAdditions _monthAdditions = new();
    private readonly MonthRollupAdditions _fileMonthAdditions = new();
    private readonly BatchFactRollups _factRollups = new();
    private readonly Stopwatch _open = new();
    private readonly BatchTextEntries _texts = new();
    private readonly IIndicatorTextIndex? _textIndex;
    // How to store again each file the open batch has stored, in order (InFileAsync).
    private readonly List<Func<CancellationToken, Task>> _stored = [];
    private IDbContextTransaction? _transaction;
    private bool _replayed;

    private ImportBatch(MetricsDbContext db)
    {
        Db = db;
        _textIndex = IndicatorTextIndex.For(db.Database.GetDbConnection());
        Statements = new BatchStatements(db.Database.GetDbConnection());
    }

    /// <summary>The areas each area counts toward (<see cref="AreaArticles.AncestryAsync"/>), read when the batch's transaction begins; null on other providers.</summary>
    public IReadOnlyDictionary<string, List<string>>? AreaAncestry { get; private set; }

    /// <summary>The per-file statements, in the open transaction.</summary>
    public BatchStatements Statements { get; }

    /// <summary>The context every write of the batch goes through (one connection: SQLite has one writer, and imports hold the import lease on any engine).</summary>
    public MetricsDbContext Db { get; }

    public DbConnection Connection => Db.Database.GetDbConnection();

    public DbTransaction Transaction => _transaction!.GetDbTransaction();

    /// <summary>
    /// Where the current file's writer puts the text-index entries of <paramref name="documentId"/>'s
    /// mentions, written when the batch commits; null when the provider has no text index.
    /// </summary>
    public ICollection<IndexedText>? TextEntriesFor(int documentId) => _textIndex is null ? null : _texts.ForDocument(documentId);

    /// <summary>The current file removes a document's mentions (their index rows go by trigger; entries not yet written, here).</summary>
    public void RemovingDocument(int documentId) => _texts.RemoveDocument(documentId);

    /// <summary>Whether the batch holds files not yet committed.</summary>
    public bool HasPending => _pending.Count > 0;

    /// <summary>
    /// Whether the batch has done enough to commit; at once after a failed file (its earlier files
    /// were stored again), so that a run with many failures never stores a file more than twice.
    /// </summary>
    public bool IsDue => _replayed || _pending.Count >= MaxFiles || _open.Elapsed >= MaxOpenTime;

    public static async Task<ImportBatch> BeginAsync(IDbContextFactory<MetricsDbContext> contextFactory, CancellationToken ct)
    {
        var db = await contextFactory.CreateDbContextAsync(ct);
        try
        {
            // A file's writes are undone with the batch (InFileAsync); EF's savepoint around every SaveChanges would only add statements.
            db.Database.AutoSavepointsEnabled = false;
            await db.Database.OpenConnectionAsync(ct);
            await BulkWriteSettings.ApplyAsync(db, ct);
            var batch = new ImportBatch(db);
            await batch.BeginTransactionAsync(ct);
            return batch;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs one file's writes. On any exception the file leaves nothing: the batch's transaction is
    /// rolled back, a new one begins, the files stored before it in the batch are stored again, and the
    /// exception is rethrown. <paramref name="store"/> must give the same writes when called again
    /// (it stores what was prepared); on a cancellation the earlier files are stored again uncancelled.
    /// </summary>
    public async Task<T> InFileAsync<T>(Func<CancellationToken, Task<T>> store, CancellationToken ct)
    {
        try
        {
            var result = await store(ct);
            EndFile();
            _stored.Add(store);
            return result;
        }
        catch (Exception failure)
        {
            try
            {
                await StoreAgainAsync();
            }
            catch (Exception e)
            {
                throw new ImportBatchLostException(failure, e);
            }
            throw;
        }
        finally
        {
            Db.ChangeTracker.Clear();
        }
    }

    // The file's writes are part of the batch: its index entries and month additions go with it.
    private void EndFile()
    {
        _texts.EndFile();
        _monthAdditions.Add(_fileMonthAdditions);
        _fileMonthAdditions.Clear();
        _factRollups.EndFile();
    }

    // After a failed file: the batch's transaction undone, and its stored files stored again in a new one.
    private async Task StoreAgainAsync()
    {
        var t = ImportPhaseTimer.Start();
        await _transaction!.RollbackAsync(CancellationToken.None);
        await _transaction.DisposeAsync();
        _transaction = null;
        // Everything the batch held for its commit goes, the failed file's part too; storing again refills it.
        _texts.Clear();
        _monthAdditions.Clear();
        _fileMonthAdditions.Clear();
        _factRollups.Clear();
        _recomputeMonths.Clear();
        Db.ChangeTracker.Clear();
        await BeginTransactionAsync(CancellationToken.None);
        foreach (var again in _stored)
        {
            await again(CancellationToken.None);
            EndFile();
            Db.ChangeTracker.Clear();
        }
        _replayed = true;
        ImportPhaseTimer.Stop(ImportPhaseTimer.Phase.StoreAgain, t);
    }

    /// <summary>Months (<c>yyyy-MM</c>, null for undated) that lost mentions: their rollups are recomputed before the batch commits.</summary>
    public void RecomputeMonths(IEnumerable<string?> months)
    {
        foreach (var month in months)
        {
            _recomputeMonths.Add(month ?? "");
        }
    }

    /// <summary>The current file's mentions as written: added to their month rollup rows when the batch commits.</summary>
    public void AddedMentions(IEnumerable<StoredIndicator> rows) => _fileMonthAdditions.Add(rows);

    /// <summary>The current file's fact rollup work (<see cref="BatchFactRollups"/>), done when the batch commits.</summary>
    public void FactsChanged(IEnumerable<FactRollupKey> recompute, IEnumerable<Fact> made) => _factRollups.Add(recompute, made);

    /// <summary>A file's outcome, written with the batch.</summary>
    public void Record(int runId, ImportFileReport report)
    {
        _pending.Add(report);
        _resultRows.Add(new ImportFileResult
        {
            RunId = runId,
            FileName = report.FileName,
            Status = report.StatusName,
            Message = report.Message,
            DocumentId = report.DocumentId,
            IndicatorsAdded = report.IndicatorsAdded,
        });
    }

    /// <summary>Recomputes the touched months' rollups, writes the file results and commits; a new transaction follows.</summary>
    /// <returns>The reports of the files the commit made durable.</returns>
    public async Task<IReadOnlyList<ImportFileReport>> CommitAsync(CancellationToken ct)
    {
        var t = ImportPhaseTimer.Start();
        // Outside every savepoint: the batch's entries become one FTS5 segment.
        _textIndex?.Add(Connection, Transaction, _texts.Drain());
        ImportPhaseTimer.Lap(ImportPhaseTimer.Phase.TextIndex, ref t);
        await _factRollups.ApplyAsync(Connection, Transaction, ct);
        ImportPhaseTimer.Lap(ImportPhaseTimer.Phase.FactRollups, ref t);
        await IndicatorRollups.UpdateMonthsAsync(Connection, Transaction, _recomputeMonths, _monthAdditions, ct);
        ImportPhaseTimer.Lap(ImportPhaseTimer.Phase.MonthRollups, ref t);
        foreach (var row in _resultRows)
        {
            await Statements.InsertAsync(row, ct);
        }
        await _transaction!.CommitAsync(ct);
        await _transaction.DisposeAsync();
        _transaction = null;
        ImportPhaseTimer.Stop(ImportPhaseTimer.Phase.Commit, t);
        var committed = _pending.ToList();
        _pending.Clear();
        _resultRows.Clear();
        _recomputeMonths.Clear();
        _monthAdditions.Clear();
        _stored.Clear();
        _replayed = false;
        Db.ChangeTracker.Clear();
        await BeginTransactionAsync(ct);
        return committed;
    }

    private async Task BeginTransactionAsync(CancellationToken ct)
    {
        _transaction = await Db.Database.BeginTransactionAsync(ct);
        Statements.Transaction = _transaction.GetDbTransaction();
        AreaAncestry = await AreaArticles.AncestryAsync(Connection, Transaction, ct);
        _open.Restart();
    }

    public async ValueTask DisposeAsync()
    {
        Statements.Dispose();
        if (_transaction is not null)
        {
            // Not committed: the open batch is rolled back whole.
            await _transaction.DisposeAsync();
        }
        await Db.Database.CloseConnectionAsync();
        await Db.DisposeAsync();
    }
}
