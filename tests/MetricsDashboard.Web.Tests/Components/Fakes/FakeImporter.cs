using MetricsDashboard.Data.Import;

namespace MetricsDashboard.Web.Tests.Components.Fakes;

/// <summary>An importer that reads what it is given, reports progress per file and answers a prepared outcome.</summary>
public sealed class FakeImporter : IIndicatorImportService
{
    public List<(string FileName, byte[] Content, ImportMetadata? Metadata)> Received { get; } = [];

    public ImportOptions? LastOptions { get; private set; }

    /// <summary>The kind of stream each source opened (uploads must come from disk, not memory).</summary>
    public List<Type> SourceStreamTypes { get; } = [];

    /// <summary>The files the sources were read from, when they came from disk.</summary>
    public List<string> SourcePaths { get; } = [];

    public int ImportCalls { get; private set; }

    /// <summary>When set, the run waits for it after its first file, so a test sees the page mid-run.</summary>
    public TaskCompletionSource? HoldAfterFirstFile { get; set; }

    public int ReextractCalls { get; private set; }

    /// <summary>The report row of a file; by default imported as document 7 with 3 indicators.</summary>
    public Func<string, ImportFileReport> Outcome { get; set; } = name => new ImportFileReport(name, ImportFileStatus.Imported, null, 7, 3);

    public async Task<ImportReport> ImportAsync(IReadOnlyList<ImportSource> files, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ImportCalls++;
        LastOptions = options;
        var reports = new List<ImportFileReport>();
        foreach (var file in files)
        {
            await using var stream = file.OpenRead();
            SourceStreamTypes.Add(stream.GetType());
            if (stream is FileStream fileStream)
            {
                SourcePaths.Add(fileStream.Name);
            }
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            Received.Add((file.FileName, buffer.ToArray(), file.Metadata));
            var report = Outcome(file.FileName);
            reports.Add(report);
            progress?.Report(new ImportProgress(reports.Count, files.Count, report)
            {
                Figures = reports.Sum(r => r.IndicatorsAdded),
                BytesDone = 3_000_000L * reports.Count,
                Elapsed = TimeSpan.FromSeconds(2 * reports.Count),
            });
            if (reports.Count == 1 && HoldAfterFirstFile is { } hold)
            {
                await hold.Task.WaitAsync(ct);
            }
        }
        return new ImportReport(1, options.Trigger, DateTime.UtcNow, DateTime.UtcNow, reports);
    }

    public Task<ImportReport> ImportPathAsync(string fileOrFolder, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        throw new NotSupportedException();

    public Task<ImportReport> ReextractAsync(bool all = false, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ReextractCalls++;
        ImportFileReport[] files = [new("a.txt", ImportFileStatus.Replaced, null, 7, 5), new("b.txt", ImportFileStatus.Replaced, null, 8, 2)];
        return Task.FromResult(new ImportReport(2, ImportTrigger.Reextract, DateTime.UtcNow, DateTime.UtcNow, files));
    }

    public Task<ImportReport> ReextractDocumentAsync(int documentId, CancellationToken ct = default) =>
        throw new NotSupportedException();
}
