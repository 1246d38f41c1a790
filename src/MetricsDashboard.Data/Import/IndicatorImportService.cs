using System.Security.Cryptography;
using MetricsDashboard.Data.Facts;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Data.Reference;
using MetricsDashboard.Extraction;
using MetricsDashboard.Extraction.Decoding;
using MetricsDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricsDashboard.Data.Import;

/// <summary>
/// Stores what the extractor finds. Every file is read, checked and extracted outside any
/// transaction, then stored, replaced or left alone in one transaction of its own, so a failure or
/// a kill leaves the database as it was before that file.
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
        return RunAsync(options.Trigger, files.Count, (run, i, c) => ImportOneAsync(run, files[i], options, c), progress, ct);
    }

    /// <inheritdoc />
    public Task<ImportReport> ImportPathAsync(string fileOrFolder, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var paths = ListFiles(fileOrFolder, options.Recursive);
        return RunAsync(options.Trigger, paths.Count, (run, i, c) => ImportPathOneAsync(run, paths[i], DocumentIdentity.ForImportedPath(fileOrFolder, paths[i]), options, c), progress, ct);
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
        return await RunAsync(ImportTrigger.Reextract, ids.Count, (run, i, c) => ReextractOneAsync(run, ids[i], c), progress, ct);
    }

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

    private async Task<ImportReport> RunAsync(
        ImportTrigger trigger,
        int count,
        Func<int, int, CancellationToken, Task<ImportFileReport>> importOne,
        IProgress<ImportProgress>? progress,
        CancellationToken ct)
    {
        var lease = await _importLock.AcquireAsync(ct);
        try
        {
            var run = new ImportRun { StartedAt = DateTime.UtcNow, Trigger = trigger.ToString().ToLowerInvariant() };
            await using (var db = await contextFactory.CreateDbContextAsync(ct))
            {
                db.ImportRuns.Add(run);
                await db.SaveChangesAsync(ct);
            }
            var reports = new List<ImportFileReport>(count);
            try
            {
                for (var i = 0; i < count; i++)
                {
                    ct.ThrowIfCancellationRequested();
                    var report = await importOne(run.Id, i, ct);
                    reports.Add(report);
                    progress?.Report(new ImportProgress(i + 1, count, report));
                }
            }
            finally
            {
                // Recorded even when cancelled: the run shows what it got done before it stopped.
                await FinishRunAsync(run, reports);
            }
            return new ImportReport(run.Id, trigger, run.StartedAt, run.FinishedAt!.Value, reports);
        }
        finally
        {
            await lease.DisposeAsync();
        }
    }

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

    private async Task<ImportFileReport> ImportPathOneAsync(int runId, string path, string name, ImportOptions options, CancellationToken ct)
    {
        ImportMetadata? metadata;
        try
        {
            metadata = SidecarMetadata.ReadFor(path);
        }
        catch (InvalidDataException e)
        {
            return await RecordAsync(runId, Failed(name, ImportFileReason.ReadFailed, e.Message, e.Message), ct);
        }
        return await ImportOneAsync(runId, ImportSource.FromFile(path, metadata) with { FileName = name }, options, ct);
    }

    private async Task<ImportFileReport> ImportOneAsync(int runId, ImportSource source, ImportOptions options, CancellationToken ct)
    {
        var name = source.FileName;
        if (!ImportFileReader.IsSupported(name))
        {
            return await RecordAsync(runId, Failed(name, ImportFileReason.Unsupported, null, ImportFileReader.UnsupportedMessage(name)), ct);
        }
        byte[] bytes;
        try
        {
            bytes = await ImportFileReader.ReadBoundedAsync(source.OpenRead, options.MaxFileBytes, ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return await RecordAsync(runId, Failed(name, ImportFileReason.ReadFailed, e.Message, e.Message), ct);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            var same = await db.Documents.Where(d => d.ContentHash == hash).Select(d => new { d.Id, d.FileName }).FirstOrDefaultAsync(ct);
            if (same is not null)
            {
                var report = same.FileName == name
                    ? new ImportFileReport(name, ImportFileStatus.Unchanged, "already stored", same.Id, 0, ImportFileReason.AlreadyStored)
                    : new ImportFileReport(name, ImportFileStatus.Unchanged, $"same content already stored as {same.FileName}", same.Id, 0, ImportFileReason.SameContentStored, same.FileName);
                return await RecordAsync(runId, report, ct);
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
            return await RecordAsync(runId, Failed(name, ImportFileReason.Unreadable, e.Reason, $"unreadable: {e.Reason}"), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "Extraction failed for {File}", name);
            return await RecordAsync(runId, Failed(name, ImportFileReason.ExtractionFailed, e.Message, $"extraction failed: {e.Message}"), ct);
        }

        var stored = new StoredDocument
        {
            FileName = name,
            ContentHash = hash,
            EncodingName = encodingOverride ?? result.EncodingName,
            OriginalText = result.OriginalText,
            NormalisedText = result.NormalisedText,
            PublishedOn = metadata?.PublishedOn ?? result.PublishedOn,
            DateSource = (metadata?.PublishedOn is not null ? DateSource.Metadata : result.DateSource).ToWire(),
            SourceName = metadata?.SourceName,
            Title = metadata?.Title,
            Url = metadata?.Url,
            ImportedAt = DateTime.UtcNow,
            ExtractorVersion = result.ExtractorVersion,
            SizeBytes = bytes.LongLength,
        };
        return await StoreAsync(runId, stored, result, replaceByName: true, previousMonth: null, ct);
    }

    private async Task<ImportFileReport> ReextractOneAsync(int runId, int documentId, CancellationToken ct)
    {
        StoredDocument? stored;
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            stored = await db.Documents.AsTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        }
        if (stored is null)
        {
            return await RecordAsync(runId, Failed($"#{documentId}", ImportFileReason.NoLongerStored, null, "document no longer stored"), ct);
        }
        ExtractionResult result;
        try
        {
            // A date given by metadata stays authoritative; an inferred one is inferred again.
            var given = stored.DateSource == DateSource.Metadata.ToWire() ? stored.PublishedOn : null;
            result = extractor.Extract(SourceDocument.FromText(stored.FileName, stored.OriginalText, given));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return await RecordAsync(runId, Failed(stored.FileName, ImportFileReason.ExtractionFailed, e.Message, $"extraction failed: {e.Message}"), ct);
        }
        var previousMonth = StoredIndicatorMapper.MonthKey(stored.PublishedOn);
        if (stored.DateSource != DateSource.Metadata.ToWire())
        {
            stored.PublishedOn = result.PublishedOn;
            stored.DateSource = result.DateSource.ToWire();
        }
        stored.NormalisedText = result.NormalisedText;
        stored.ExtractorVersion = result.ExtractorVersion;
        stored.ImportedAt = DateTime.UtcNow;
        return await StoreAsync(runId, stored, result, replaceByName: false, previousMonth, ct);
    }

    // The one transaction of a file: remove the previous version, add document, articles,
    // indicators and the file's result row. Any exception rolls all of it back.
    private async Task<ImportFileReport> StoreAsync(int runId, StoredDocument document, ExtractionResult result, bool replaceByName, string? previousMonth, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var connection = db.Database.GetDbConnection();
                var transaction = tx.GetDbTransaction();
                var replaced = false;
                var months = new List<string?> { StoredIndicatorMapper.MonthKey(document.PublishedOn) };
                List<long> touchedFacts = [];
                if (replaceByName)
                {
                    var previous = await db.Documents.Where(d => d.FileName == document.FileName).Select(d => new { d.Id, d.PublishedOn }).FirstOrDefaultAsync(ct);
                    if (previous is not null)
                    {
                        touchedFacts = await FactLedger.FactsOfDocumentAsync(connection, transaction, previous.Id, ct);
                        await DeleteDocumentAsync(db, previous.Id, ct);
                        months.Add(StoredIndicatorMapper.MonthKey(previous.PublishedOn));
                        replaced = true;
                    }
                    db.Documents.Add(document);
                }
                else
                {
                    months.Add(previousMonth);
                    touchedFacts = await FactLedger.FactsOfDocumentAsync(connection, transaction, document.Id, ct);
                    await DeleteContentAsync(db, document.Id, ct);
                    db.Documents.Update(document);
                    replaced = true;
                }
                // Facts that lost mentions: re-pointed to a remaining mention, or deleted when none is left.
                // Their rollup rows are read first: a deleted fact must leave its rows too.
                var rollupKeys = await FactRollups.KeysOfAsync(connection, transaction, touchedFacts, ct);
                await FactLedger.RefreshAsync(connection, transaction, touchedFacts, Measures, ct);
                var articles = StoredIndicatorMapper.ToArticles(result, document.PublishedOn);
                foreach (var article in articles)
                {
                    article.Document = document;
                    db.Articles.Add(article);
                }
                await db.SaveChangesAsync(ct);

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
                var facts = await FactLedger.AssignDocumentAsync(connection, transaction, stored.Select(MentionRow.From).ToList(), Measures, ct);
                using (var writer = new IndicatorBulkWriter(connection, transaction))
                {
                    foreach (var row in stored)
                    {
                        ct.ThrowIfCancellationRequested();
                        (row.FactId, row.MergeReason) = facts.Of[row.Id];
                        writer.Write(row);
                    }
                }
                await FactLedger.RefreshAsync(connection, transaction, facts.Recompute, Measures, ct);
                // Rows of facts that changed or left are recomputed, before and after; a joined fact that
                // still reads the same (key, value, summable) changes no row; facts made here are added.
                var after = await FactRollups.StatesOfAsync(connection, transaction, facts.Recompute, ct);
                var changed = facts.Recompute.Where(id => !facts.StoredBefore.TryGetValue(id, out var was) || !after.TryGetValue(id, out var now) || was != now).ToList();
                rollupKeys.UnionWith(changed.Where(facts.StoredBefore.ContainsKey).Select(id => facts.StoredBefore[id].Key));
                rollupKeys.UnionWith(changed.Where(after.ContainsKey).Select(id => after[id].Key));
                rollupKeys.UnionWith(await FactRollups.KeysOfAsync(connection, transaction, touchedFacts, ct));
                var made = facts.Final();
                await FactRollups.RefreshAsync(connection, transaction, rollupKeys, ct);
                await FactRollupAdditions.AddAsync(connection, transaction, made, rollupKeys, ct);
                await IndicatorRollups.RebuildMonthsAsync(connection, transaction, months, ct);
                var status = replaced ? ImportFileStatus.Replaced : ImportFileStatus.Imported;
                var report = new ImportFileReport(document.FileName, status, Summary(result), document.Id, result.Indicators.Count);
                db.ImportFileResults.Add(ToRow(runId, report));
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return report;
            });
        }
        catch (Exception e) when (e is DbUpdateException or InvalidDataException or System.Data.Common.DbException)
        {
            _logger.LogWarning(e, "Storing {File} failed; rolled back", document.FileName);
            var detail = (e.InnerException ?? e).Message;
            return await RecordAsync(runId, Failed(document.FileName, ImportFileReason.NotStored, detail, $"not stored, database unchanged: {detail}"), ct);
        }
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

    private async Task<ImportFileReport> RecordAsync(int runId, ImportFileReport report, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        db.ImportFileResults.Add(ToRow(runId, report));
        await db.SaveChangesAsync(ct);
        return report;
    }

    private static ImportFileResult ToRow(int runId, ImportFileReport report) => new()
    {
        RunId = runId,
        FileName = report.FileName,
        Status = report.StatusName,
        Message = report.Message,
        DocumentId = report.DocumentId,
        IndicatorsAdded = report.IndicatorsAdded,
    };

    private static ImportFileReport Failed(string name, ImportFileReason reason, string? detail, string message) =>
        new(name, ImportFileStatus.Failed, message, null, 0, reason, detail);

    private static string? Summary(ExtractionResult result) =>
        result.Warnings.Count == 0 ? null : string.Join("; ", result.Warnings.Take(3).Select(w => w.Message));
}
