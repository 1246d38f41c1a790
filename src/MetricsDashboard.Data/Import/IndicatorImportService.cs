using System.Security.Cryptography;
using MetricsDashboard.Data.Facts;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Data.Reference;
using MetricsDashboard.Data.Review;
using MetricsDashboard.Extraction;
using MetricsDashboard.Extraction.Decoding;
using MetricsDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricsDashboard.Data.Import;

/// <summary>
/// Stores what the extractor finds. Files are read, checked and extracted a few ahead, outside any
/// transaction, then stored in order, batched into one transaction (<see cref="ImportBatch"/>): a
/// failing file leaves nothing (the batch is rolled back and its earlier files stored again), and a
/// kill loses at most the open batch, which the next run imports again while skipping what was committed.
/// </summary>
public sealed class IndicatorImportService(
    IDbContextFactory<MetricsDbContext> contextFactory,
    IIndicatorExtractor extractor,
    ILogger<IndicatorImportService>? logger = null,
    IImportLock? importLock = null) : IIndicatorImportService
{
    // One import at a time per database, whichever process runs it (the upload page, the start-up
    // import, the CLI, another web instance): they must not interleave their replace-by-file-name
    // decisions. A lease in the database (DatabaseImportLock) rather than a lock in memory.
    private readonly IImportLock _importLock = importLock ?? new DatabaseImportLock(contextFactory, TimeProvider.System);

    private readonly ILogger _logger = logger ?? NullLogger<IndicatorImportService>.Instance;

    private static readonly MeasureCatalog Measures = MeasureCatalog.Default;

    /// <inheritdoc />
    public Task<ImportReport> ImportAsync(IReadOnlyList<ImportSource> files, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        return RunAsync(options.Trigger, files.Count, (i, c) => Timed(() => PrepareAsync(files[i], options, c)), progress, ct,
            (options.DeferIndexes, files.Select(f => f.FileName).ToList()));
    }

    /// <inheritdoc />
    public Task<ImportReport> ImportPathAsync(string fileOrFolder, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var paths = ListFiles(fileOrFolder, options.Recursive);
        return RunAsync(options.Trigger, paths.Count, (i, c) => Timed(() => PreparePathAsync(paths[i], DocumentIdentity.ForImportedPath(fileOrFolder, paths[i]), options, c)), progress, ct,
            (options.DeferIndexes, paths.Select(p => DocumentIdentity.ForImportedPath(fileOrFolder, p)).ToList()));
    }

    /// <inheritdoc />
    public async Task<ImportReport> ReextractAsync(bool all = false, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        List<int> ids;
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            ids = await db.Documents
                .Where(d => all || d.ExtractorVersion != extractor.Version)
                .OrderBy(d => d.Id)
                .Select(d => d.Id)
                .ToListAsync(ct);
        }
        return await RunAsync(ImportTrigger.Reextract, ids.Count, (i, c) => PrepareReextractionAsync(ids[i], c), progress, ct);
    }

    /// <inheritdoc />
    public Task<ImportReport> ReextractDocumentAsync(int documentId, CancellationToken ct = default) =>
        RunAsync(ImportTrigger.Review, 1, (_, c) => PrepareReextractionAsync(documentId, c), null, ct);

    /// <summary>The files an import of a path covers (<see cref="DocumentIdentity.IsImportCandidate"/>), in name order.</summary>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a folder.</exception>
    public static IReadOnlyList<string> ListFiles(string fileOrFolder, bool recursive)
    {
        if (File.Exists(fileOrFolder))
        {
            return [fileOrFolder];
        }
        if (!Directory.Exists(fileOrFolder))
        {
            throw new FileNotFoundException($"no such file or folder: {fileOrFolder}", fileOrFolder);
        }
        return Directory.EnumerateFiles(fileOrFolder, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(DocumentIdentity.IsImportCandidate)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    // Files are read and extracted a few ahead on the thread pool (OrderedLookahead) while the
    // previous ones are stored in order, batched into transactions (ImportBatch).
    private async Task<ImportReport> RunAsync(
        ImportTrigger trigger,
        int count,
        Func<int, CancellationToken, Task<PreparedFile>> prepare,
        IProgress<ImportProgress>? progress,
        CancellationToken ct,
        (bool? Force, IReadOnlyList<string> Names)? deferIndexes = null)
    {
        var lease = await _importLock.AcquireAsync(ct);
        try
        {
            var run = new ImportRun { StartedAt = DateTime.UtcNow, Trigger = trigger.ToString().ToLowerInvariant() };
            var deferred = false;
            await using (var db = await contextFactory.CreateDbContextAsync(ct))
            {
                db.ImportRuns.Add(run);
                await db.SaveChangesAsync(ct);
                deferred = deferIndexes is { } files && await DeferIndexesAsync(db, files.Force, files.Names, ct);
            }
            var committed = new List<ImportFileReport>(count);
            try
            {
                await StoreAllAsync(run.Id, count, prepare, committed, progress, ct);
            }
            finally
            {
                if (deferred)
                {
                    await BuildIndexesAsync();
                }
                // Recorded even when cancelled or failed: the run shows what it got stored before it stopped.
                await FinishRunAsync(run, committed);
            }
            return new ImportReport(run.Id, trigger, run.StartedAt, run.FinishedAt!.Value, committed);
        }
        finally
        {
            await lease.DisposeAsync();
        }
    }

    // A large import into a small SQLite database drops the indexes no statement of its own reads
    // and builds them once at the end (DeferredIndexes). Re-extraction never does: it replaces
    // mentions of a database that is already full.
    private static async Task<bool> DeferIndexesAsync(MetricsDbContext db, bool? force, IReadOnlyList<string> names, CancellationToken ct)
    {
        if (force == false || !db.Database.IsSqlite() || (force is null && !await DeferredIndexes.PaysAsync(db, names, ct)))
        {
            return false;
        }
        var t = ImportPhaseTimer.Start();
        await DeferredIndexes.DropAsync(db, ct);
        ImportPhaseTimer.Stop(ImportPhaseTimer.Phase.DropIndexes, t);
        return true;
    }

    // Also after a failure or a cancellation; a killed process leaves it to the next start (DatabaseInitializer).
    private async Task BuildIndexesAsync()
    {
        var t = ImportPhaseTimer.Start();
        await using var db = await contextFactory.CreateDbContextAsync(CancellationToken.None);
        await DeferredIndexes.RestoreMissingAsync(db, CancellationToken.None);
        ImportPhaseTimer.Stop(ImportPhaseTimer.Phase.BuildIndexes, t);
    }

    private async Task StoreAllAsync(int runId, int count, Func<int, CancellationToken, Task<PreparedFile>> prepare,
        List<ImportFileReport> committed, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var meter = new ImportProgressMeter(count);
        await using var batch = await ImportBatch.BeginAsync(contextFactory, ct);
        try
        {
            await foreach (var next in OrderedLookahead.RunAsync(count, Lookahead, prepare, ct))
            {
                if (!next.IsCompleted && batch.HasPending && !await CompletesWithinAsync(next, ImportBatch.IdleCommitDelay))
                {
                    // Storing caught up with reading and the next file is slow to come: commit while
                    // waiting, so what is done is durable.
                    committed.AddRange(await batch.CommitAsync(ct));
                }
                var waited = ImportPhaseTimer.StartWall();
                var prepared = await next;
                ImportPhaseTimer.StopWall(ImportPhaseTimer.Phase.WaitForPrepared, waited);
                if (committed.Count == 0 && !batch.HasPending)
                {
                    ImportPhaseTimer.SinceProcessStart();
                }
                ct.ThrowIfCancellationRequested();
                var report = await StoreAsync(batch, runId, prepared, ct);
                batch.Record(runId, report);
                progress?.Report(meter.Add(report, prepared.Bytes));
                if (batch.IsDue)
                {
                    committed.AddRange(await batch.CommitAsync(ct));
                }
            }
            committed.AddRange(await batch.CommitAsync(ct));
        }
        catch (OperationCanceledException)
        {
            // The files finished before the cancellation are kept; the one in progress was undone.
            committed.AddRange(await batch.CommitAsync(CancellationToken.None));
            throw;
        }
    }

    private static async Task<bool> CompletesWithinAsync(Task task, TimeSpan delay)
    {
        using var timeout = new CancellationTokenSource();
        var first = await Task.WhenAny(task, Task.Delay(delay, timeout.Token));
        await timeout.CancelAsync();
        return first == task;
    }

    // The preparation's own time (it starts when the lookahead calls it).
    private static async Task<PreparedFile> Timed(Func<Task<PreparedFile>> prepare)
    {
        if (ImportPhaseTimer.Current is null)
        {
            return await prepare();
        }
        var started = ImportPhaseTimer.StartWall();
        var prepared = await prepare();
        ImportPhaseTimer.StopWall(ImportPhaseTimer.Phase.Prepare, started);
        return prepared;
    }

    // Files prepared ahead of the one being stored: enough to keep the cores busy, few enough that
    // large uploads do not pile up in memory.
    private static readonly int Lookahead = Math.Clamp(Environment.ProcessorCount + 1, 2, 4);

    private async Task FinishRunAsync(ImportRun run, List<ImportFileReport> reports)
    {
        await using var db = await contextFactory.CreateDbContextAsync(CancellationToken.None);
        db.ImportRuns.Attach(run);
        run.FinishedAt = DateTime.UtcNow;
        run.FilesSeen = reports.Count;
        run.Imported = reports.Count(r => r.Status == ImportFileStatus.Imported);
        run.Unchanged = reports.Count(r => r.Status == ImportFileStatus.Unchanged);
        run.Replaced = reports.Count(r => r.Status == ImportFileStatus.Replaced);
        run.Failed = reports.Count(r => r.Status == ImportFileStatus.Failed);
        run.IndicatorsAdded = reports.Sum(r => r.IndicatorsAdded);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<PreparedFile> PreparePathAsync(string path, string name, ImportOptions options, CancellationToken ct)
    {
        ImportMetadata? metadata;
        try
        {
            metadata = SidecarMetadata.ReadFor(path);
        }
        catch (InvalidDataException e)
        {
            return PreparedFile.Done(Failed(name, ImportFileReason.ReadFailed, e.Message, e.Message));
        }
        return await PrepareAsync(ImportSource.FromFile(path, metadata) with { FileName = name }, options, ct);
    }

    // Read, hash, extract: everything that needs no write, off the storing thread.
    private async Task<PreparedFile> PrepareAsync(ImportSource source, ImportOptions options, CancellationToken ct)
    {
        var name = source.FileName;
        if (!ImportFileReader.IsSupported(name))
        {
            return PreparedFile.Done(Failed(name, ImportFileReason.Unsupported, null, ImportFileReader.UnsupportedMessage(name)));
        }
        byte[] bytes;
        try
        {
            bytes = await ImportFileReader.ReadBoundedAsync(source.OpenRead, options.MaxFileBytes, ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return PreparedFile.Done(Failed(name, ImportFileReason.ReadFailed, e.Message, e.Message));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        // Committed content is skipped before extraction (a resumed run passes over what the killed
        // one stored); content stored earlier in the same open batch is caught when storing.
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            if (await SameContentAsync(db, name, hash, ct) is { } unchanged)
            {
                return PreparedFile.Done(unchanged, bytes.LongLength);
            }
        }

        var metadata = source.Metadata;
        ExtractionResult result;
        string? encodingOverride = null;
        try
        {
            SourceDocument document;
            if (ImportFileReader.IsHtml(name))
            {
                var (text, encoding) = HtmlText.Decode(name, bytes);
                document = SourceDocument.FromText(name, text, metadata?.PublishedOn);
                encodingOverride = encoding;
            }
            else
            {
                document = new SourceDocument(name, bytes, metadata?.PublishedOn);
            }
            result = FigureCap.Apply(extractor.Extract(document), options.MaxFiguresPerDocument);
        }
        catch (UnreadableDocumentException e)
        {
            return PreparedFile.Done(Failed(name, ImportFileReason.Unreadable, e.Reason, $"unreadable: {e.Reason}"), bytes.LongLength);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "Extraction failed for {File}", name);
            return PreparedFile.Done(Failed(name, ImportFileReason.ExtractionFailed, e.Message, $"extraction failed: {e.Message}"), bytes.LongLength);
        }

        var stored = new StoredDocument
        {
            FileName = name,
            ContentHash = hash,
            EncodingName = encodingOverride ?? result.EncodingName,
            OriginalText = result.OriginalText,
            NormalisedText = result.NormalisedText,
            PublishedOn = metadata?.PublishedOn ?? result.PublishedOn,
            DateSource = metadata?.PublishedOn is not null ? DateSource.Metadata : result.DateSource,
            SourceName = metadata?.SourceName,
            Title = metadata?.Title,
            Url = metadata?.Url,
            ImportedAt = DateTime.UtcNow,
            ExtractorVersion = result.ExtractorVersion,
            SizeBytes = bytes.LongLength,
        };
        return PreparedFile.ToStore(stored, result, replaceByName: true, previousMonth: null, bytes.LongLength);
    }

    private static async Task<ImportFileReport?> SameContentAsync(MetricsDbContext db, string name, string hash, CancellationToken ct)
    {
        var same = await db.Documents.Where(d => d.ContentHash == hash).Select(d => new { d.Id, d.FileName }).FirstOrDefaultAsync(ct);
        return SameContent(name, same is null ? null : (same.Id, same.FileName));
    }

    private static ImportFileReport? SameContent(string name, (int Id, string FileName)? same)
    {
        return same is null ? null
            : same.Value.FileName == name
                ? new ImportFileReport(name, ImportFileStatus.Unchanged, "already stored", same.Value.Id, 0, ImportFileReason.AlreadyStored)
                : new ImportFileReport(name, ImportFileStatus.Unchanged, $"same content already stored as {same.Value.FileName}", same.Value.Id, 0, ImportFileReason.SameContentStored, same.Value.FileName);
    }

    private async Task<PreparedFile> PrepareReextractionAsync(int documentId, CancellationToken ct)
    {
        StoredDocument? stored;
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            stored = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId, ct);
        }
        if (stored is null)
        {
            return PreparedFile.Done(Failed($"#{documentId}", ImportFileReason.NoLongerStored, null, "document no longer stored"));
        }
        ExtractionResult result;
        try
        {
            // A date given by metadata stays authoritative; an inferred one is inferred again.
            var given = stored.DateSource == DateSource.Metadata ? stored.PublishedOn : null;
            result = extractor.Extract(SourceDocument.FromText(stored.FileName, stored.OriginalText, given));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return PreparedFile.Done(Failed(stored.FileName, ImportFileReason.ExtractionFailed, e.Message, $"extraction failed: {e.Message}"));
        }
        var previousMonth = StoredIndicatorMapper.MonthKey(stored.PublishedOn);
        if (stored.DateSource != DateSource.Metadata)
        {
            stored.PublishedOn = result.PublishedOn;
            stored.DateSource = result.DateSource;
        }
        stored.NormalisedText = result.NormalisedText;
        stored.ExtractorVersion = result.ExtractorVersion;
        stored.ImportedAt = DateTime.UtcNow;
        return PreparedFile.ToStore(stored, result, replaceByName: false, previousMonth, 0);
    }

    // A prepared file's outcome inside the batch: recorded as it is, or stored (all or nothing).
    private async Task<ImportFileReport> StoreAsync(ImportBatch batch, int runId, PreparedFile prepared, CancellationToken ct)
    {
        if (prepared.Outcome is { } outcome)
        {
            return outcome;
        }
        var document = prepared.Document!;
        var checking = ImportPhaseTimer.Start();
        var unchanged = prepared.ReplaceByName ? SameContent(document.FileName, await batch.Statements.FindByHashAsync(document.ContentHash, ct)) : null;
        ImportPhaseTimer.Stop(ImportPhaseTimer.Phase.SameContent, checking);
        if (unchanged is not null)
        {
            return unchanged;
        }
        try
        {
            return await batch.InFileAsync(token => StoreFileAsync(batch, document, prepared.Result!, prepared.ReplaceByName, prepared.PreviousMonth, token), ct);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidDataException or System.Data.Common.DbException)
        {
            _logger.LogWarning(e, "Storing {File} failed; rolled back", document.FileName);
            var detail = (e.InnerException ?? e).Message;
            return Failed(document.FileName, ImportFileReason.NotStored, detail, $"not stored, database unchanged: {detail}");
        }
    }

    // One file's writes in the batch: remove the previous version, add document, articles, mentions
    // and facts. Any exception undoes all of it (ImportBatch.InFileAsync); it may run twice, so it
    // reads everything it writes from its arguments and the database.
    private static async Task<ImportFileReport> StoreFileAsync(ImportBatch batch, StoredDocument document, ExtractionResult result, bool replaceByName, string? previousMonth, CancellationToken ct)
    {
        var t = ImportPhaseTimer.Start();
        var db = batch.Db;
        var connection = batch.Connection;
        var transaction = batch.Transaction;
        var replaced = false;
        // Months that lose mentions here; the new mentions are added to their months' rows.
        var months = new List<string?>();
        List<long> touchedFacts = [];
        if (replaceByName)
        {
            if (await batch.Statements.FindByNameAsync(document.FileName, ct) is var (previousId, previousDate))
            {
                touchedFacts = await FactLedger.FactsOfDocumentAsync(connection, transaction, previousId, ct);
                await DeleteDocumentAsync(db, previousId, ct);
                batch.RemovingDocument(previousId);
                months.Add(StoredIndicatorMapper.MonthKey(previousDate));
                replaced = true;
            }
            await batch.Statements.InsertAsync(document, ct);
        }
        else
        {
            months.Add(previousMonth);
            touchedFacts = await FactLedger.FactsOfDocumentAsync(connection, transaction, document.Id, ct);
            await DeleteContentAsync(db, document.Id, ct);
            batch.RemovingDocument(document.Id);
            db.Documents.Update(document);
            await db.SaveChangesAsync(ct);
            replaced = true;
        }
        // Facts that lost mentions: re-pointed to a remaining mention, or deleted when none is left.
        // Their rollup rows are read first: a deleted fact must leave its rows too.
        var rollupKeys = await FactRollups.KeysOfAsync(connection, transaction, touchedFacts, ct);
        await FactLedger.RefreshAsync(connection, transaction, touchedFacts, Measures, ct);
        ImportPhaseTimer.Lap(ImportPhaseTimer.Phase.RemovePrevious, ref t);
        var articles = StoredIndicatorMapper.ToArticles(result, document.PublishedOn);
        foreach (var article in articles)
        {
            article.DocumentId = document.Id;
            await batch.Statements.InsertAsync(article, ct);
        }
        ImportPhaseTimer.Lap(ImportPhaseTimer.Phase.DocumentAndArticles, ref t);

        var articleIds = articles.ToDictionary(a => a.Index, a => a.Id);
        var sourceArticles = result.Articles.ToDictionary(a => a.Index);
        // Ids are chosen here (one import at a time, inside its transaction) so that facts,
        // decided before the mentions are written, can name their representative mention.
        var firstId = await NextIndicatorIdAsync(connection, transaction, ct);
        var stored = new List<StoredIndicator>(result.Indicators.Count);
        for (var k = 0; k < result.Indicators.Count; k++)
        {
            var indicator = result.Indicators[k];
            var articleId = articleIds.TryGetValue(indicator.ArticleIndex, out var id) ? id
                : result.Articles.Count == 0 ? articleIds[0]
                : throw new InvalidDataException($"indicator '{indicator.Surface}' refers to article {indicator.ArticleIndex}, which the extractor did not return");
            var row = StoredIndicatorMapper.ToStored(indicator, document.Id, articleId, document.PublishedOn, result.ExtractorVersion);
            row.Id = firstId + k;
            row.InHeadline = HeadlineMentions.IsInHeadline(indicator, sourceArticles.GetValueOrDefault(indicator.ArticleIndex), result.NormalisedText);
            // A total comes before its parts.
            row.PartOfIndicatorId = indicator.PartOf is int total && total >= 0 && total < k ? firstId + total : null;
            stored.Add(row);
        }
        ImportPhaseTimer.Lap(ImportPhaseTimer.Phase.Mentions, ref t);
        // Reviewers' decisions (corrections, exclusions, verifications) hold for every version of the document.
        if (await batch.Statements.HasReviewDecisionsAsync(document.FileName, ct))
        {
            stored = await ReviewApplier.ApplyAsync(db, document, stored, ct);
        }
        ImportPhaseTimer.Lap(ImportPhaseTimer.Phase.Review, ref t);
        var facts = await FactLedger.AssignDocumentAsync(connection, transaction, stored.Select(MentionRow.From).ToList(), Measures, ct);
        t = ImportPhaseTimer.Start();
        using (var writer = new IndicatorBulkWriter(connection, transaction, batch.TextEntriesFor(document.Id)))
        {
            foreach (var row in stored)
            {
                ct.ThrowIfCancellationRequested();
                (row.FactId, row.MergeReason) = facts.Of[row.Id];
                writer.Write(row);
            }
        }
        ImportPhaseTimer.Lap(ImportPhaseTimer.Phase.WriteMentions, ref t);
        await AreaArticles.AddAsync(connection, transaction, batch.AreaAncestry, stored, ct);
        ImportPhaseTimer.Lap(ImportPhaseTimer.Phase.AreaArticles, ref t);
        await FactLedger.RefreshAssignedAsync(connection, transaction, facts, Measures, ct);
        // Rows of facts that changed or left are recomputed, before and after; a joined fact that
        // still reads the same (key, value, summable) changes no row; facts made here are added.
        var after = await FactRollups.StatesOfAsync(connection, transaction, facts.Recompute, ct);
        var changed = facts.Recompute.Where(id => !facts.StoredBefore.TryGetValue(id, out var was) || !after.TryGetValue(id, out var now) || was != now).ToList();
        rollupKeys.UnionWith(changed.Where(facts.StoredBefore.ContainsKey).Select(id => facts.StoredBefore[id].Key));
        rollupKeys.UnionWith(changed.Where(after.ContainsKey).Select(id => after[id].Key));
        rollupKeys.UnionWith(await FactRollups.KeysOfAsync(connection, transaction, touchedFacts, ct));
        ImportPhaseTimer.Lap(ImportPhaseTimer.Phase.FactRefresh, ref t);
        // The fact and month rollups are brought up to date once per batch, before it commits.
        batch.FactsChanged(rollupKeys, facts.Final());
        batch.RecomputeMonths(months);
        batch.AddedMentions(stored);
        var status = replaced ? ImportFileStatus.Replaced : ImportFileStatus.Imported;
        return new ImportFileReport(document.FileName, status, Summary(result), document.Id, result.Indicators.Count);
    }

    private static async Task<long> NextIndicatorIdAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"Indicators\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task DeleteDocumentAsync(MetricsDbContext db, int documentId, CancellationToken ct)
    {
        await DeleteContentAsync(db, documentId, ct);
        await db.Documents.Where(d => d.Id == documentId).ExecuteDeleteAsync(ct);
    }

    private static async Task DeleteContentAsync(MetricsDbContext db, int documentId, CancellationToken ct)
    {
        await db.Indicators.Where(i => i.DocumentId == documentId).ExecuteDeleteAsync(ct);
        await db.Articles.Where(a => a.DocumentId == documentId).ExecuteDeleteAsync(ct);
    }

    private static ImportFileReport Failed(string name, ImportFileReason reason, string? detail, string message) =>
        new(name, ImportFileStatus.Failed, message, null, 0, reason, detail);

    private static string? Summary(ExtractionResult result) =>
        result.Warnings.Count == 0 ? null : string.Join("; ", result.Warnings.Take(3).Select(w => w.Message));
}
