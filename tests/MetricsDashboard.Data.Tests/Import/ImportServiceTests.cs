using System.Text;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Tests.Fakes;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Tests.Import;

public abstract class ImportServiceTests(DatabaseProvider provider)
{
    private const string Original = "锦江区完成投资12亿元。\n\n新开工3个项目，增长5%。";
    private const string Changed = "锦江区完成投资15亿元。";

    [ProviderFact]
    public async Task ImportAsync_ChangedContentSameName_ReplacesThePreviousVersion()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);
        await db.Importer.ImportAsync([ImportSource.FromBytes("page.txt", Utf8(Original))], new ImportOptions());

        var report = await db.Importer.ImportAsync([ImportSource.FromBytes("page.txt", Utf8(Changed))], new ImportOptions());

        await using var context = db.Context();
        Assert.Equal(ImportFileStatus.Replaced, Assert.Single(report.Files).Status);
        var document = Assert.Single(await context.Documents.ToListAsync());
        Assert.Equal(Changed, document.OriginalText);
        var indicator = Assert.Single(await context.Indicators.ToListAsync());
        Assert.Equal(15e8, indicator.Value);
        Assert.Single(await context.Articles.ToListAsync());
    }

    [ProviderFact]
    public async Task ImportAsync_FailureInsideTheReplacingTransaction_LeavesThePreviousVersion()
    {
        var extractor = new FakeExtractor();
        await using var db = await TestDatabase.CreateAsync(extractor, provider: provider);
        await db.Importer.ImportAsync([ImportSource.FromBytes("page.txt", Utf8(Original))], new ImportOptions());
        extractor.CorruptOn.Add("page.txt");

        // The replacement deletes the old rows, adds the document and two indicators, then fails on the third.
        var report = await db.Importer.ImportAsync([ImportSource.FromBytes("page.txt", Utf8(Original + "\n\n又签约4个项目，再投资8亿元。"))], new ImportOptions());

        await using var context = db.Context();
        var file = Assert.Single(report.Files);
        Assert.Equal(ImportFileStatus.Failed, file.Status);
        Assert.Contains("database unchanged", file.Message);
        var document = Assert.Single(await context.Documents.ToListAsync());
        Assert.Equal(Original, document.OriginalText);
        Assert.Equal(3, await context.Indicators.CountAsync());
        Assert.Equal(2, await context.Articles.CountAsync());
    }

    [ProviderFact]
    public async Task ImportAsync_BadFilesInBatch_AreReportedAndTheOthersLand()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var good = File.ReadAllBytes(TestFiles.Seeds[0]);
        ImportSource[] batch =
        [
            ImportSource.FromBytes("empty.txt", []),
            ImportSource.FromBytes("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]),
            ImportSource.FromBytes("scan.pdf", Utf8("%PDF-1.7")),
            ImportSource.FromBytes("big.txt", Utf8(new string('字', good.Length))),
            ImportSource.FromBytes("good.txt", good),
        ];

        var report = await db.Importer.ImportAsync(batch, new ImportOptions { MaxFileBytes = good.Length });

        var byName = report.Files.ToDictionary(f => f.FileName);
        Assert.Equal(ImportFileStatus.Failed, byName["empty.txt"].Status);
        Assert.Contains("empty", byName["empty.txt"].Message);
        Assert.Equal(ImportFileStatus.Failed, byName["binary.txt"].Status);
        Assert.Equal(ImportFileStatus.Failed, byName["big.txt"].Status);
        Assert.Contains("over the import limit", byName["big.txt"].Message);
        Assert.Equal(ImportFileStatus.Failed, byName["scan.pdf"].Status);
        Assert.Contains("unsupported extension", byName["scan.pdf"].Message);
        Assert.Equal(ImportFileStatus.Imported, byName["good.txt"].Status);
        await using var context = db.Context();
        Assert.Equal("good.txt", Assert.Single(await context.Documents.ToListAsync()).FileName);
        Assert.True(byName["good.txt"].IndicatorsAdded > 0);
    }

    [ProviderFact]
    public async Task ImportAsync_OversizeFile_FailsWithTheLimitInTheMessage()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);

        var report = await db.Importer.ImportAsync([ImportSource.FromBytes("big.txt", Utf8(new string('字', 100)))], new ImportOptions { MaxFileBytes = 100 });

        var file = Assert.Single(report.Files);
        Assert.Equal(ImportFileStatus.Failed, file.Status);
        Assert.Contains("over the import limit", file.Message);
    }

    [ProviderFact]
    public async Task ImportAsync_ExtractorThrowsOnOneFile_TheOthersAreImported()
    {
        var extractor = new FakeExtractor();
        extractor.ThrowOn.Add("b.txt");
        await using var db = await TestDatabase.CreateAsync(extractor, provider: provider);

        var report = await db.Importer.ImportAsync(
            [ImportSource.FromBytes("a.txt", Utf8("投资1亿元")), ImportSource.FromBytes("b.txt", Utf8("投资2亿元")), ImportSource.FromBytes("c.txt", Utf8("投资3亿元"))],
            new ImportOptions());

        Assert.Equal([ImportFileStatus.Imported, ImportFileStatus.Failed, ImportFileStatus.Imported], report.Files.Select(f => f.Status));
        Assert.Contains("extractor crashed", report.Files[1].Message);
        await using var context = db.Context();
        Assert.Equal(2, await context.Documents.CountAsync());
    }

    [ProviderFact]
    public async Task ImportAsync_NextFileSlowToCome_WhatIsStoredIsCommittedWhileWaiting()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);
        var committedBeforeSecondFile = false;
        // The second file cannot be read until the first is visible to another connection (or 10 s
        // passed): storing waits for it longer than IdleCommitDelay and commits what it has meanwhile.
        var slow = new ImportSource("slow.txt", () =>
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!committedBeforeSecondFile && waited.Elapsed < TimeSpan.FromSeconds(10))
            {
                using var context = db.Context();
                committedBeforeSecondFile = context.Documents.Any(d => d.FileName == "first.txt");
                Thread.Sleep(20);
            }
            return new MemoryStream(Utf8("又签约4个项目。"));
        });

        var report = await db.Importer.ImportAsync([ImportSource.FromBytes("first.txt", Utf8(Original)), slow], new ImportOptions());

        Assert.True(committedBeforeSecondFile, "the first file was not committed while the importer waited for the second");
        Assert.All(report.Files, f => Assert.Equal(ImportFileStatus.Imported, f.Status));
    }

    [ProviderFact]
    public async Task ImportAsync_CancelledAfterAFile_KeepsOnlyCommittedFilesAndRecordsTheRun()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress<ImportProgress>(p =>
        {
            if (p.FilesDone == 1)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Importer.ImportAsync(
            [ImportSource.FromBytes("a.txt", Utf8("投资1亿元")), ImportSource.FromBytes("b.txt", Utf8("投资2亿元"))], new ImportOptions(), progress, cancel.Token));

        await using var context = db.Context();
        Assert.Equal("a.txt", Assert.Single(await context.Documents.ToListAsync()).FileName);
        Assert.Equal(1, await context.Indicators.CountAsync());
        var run = Assert.Single(await context.ImportRuns.ToListAsync());
        Assert.NotNull(run.FinishedAt);
        Assert.Equal(1, run.Imported);
    }

    [ProviderFact]
    public async Task ImportAsync_AnyBatch_RecordsTheRunWithPerFileResults()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);
        await db.Importer.ImportAsync([ImportSource.FromBytes("a.txt", Utf8("投资1亿元"))], new ImportOptions());

        var report = await db.Importer.ImportAsync(
            [ImportSource.FromBytes("a.txt", Utf8("投资1亿元")), ImportSource.FromBytes("b.txt", Utf8("投资2亿元，3个项目")), ImportSource.FromBytes("c.doc", Utf8("x"))],
            new ImportOptions { Trigger = ImportTrigger.Upload });

        await using var context = db.Context();
        var run = await context.ImportRuns.Include(r => r.Files).SingleAsync(r => r.Id == report.RunId);
        Assert.Equal("upload", run.Trigger);
        Assert.Equal((3, 1, 1, 0, 1, 2), (run.FilesSeen, run.Imported, run.Unchanged, run.Replaced, run.Failed, run.IndicatorsAdded));
        Assert.Equal(["unchanged", "imported", "failed"], run.Files.OrderBy(f => f.FileName, StringComparer.Ordinal).Select(f => f.Status));
    }

    [ProviderFact]
    public async Task ImportPathAsync_FolderWithSidecarAndHtml_UsesMetadataAndStripsMarkup()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);
        db.WriteFile("in", "page.html", "<html><head><style>p{}</style><script>var x=99;</script></head><body><p>锦江区完成投资12亿元</p><p>新开工3个项目</p></body></html>");
        db.WriteFile("in", "page.html.meta.json", """{"published_on":"2024-01-10","source":"成都日报","title":"标题","url":"https://example.org/a"}""");

        var report = await db.Importer.ImportPathAsync(Path.Combine(db.Folder, "in"), new ImportOptions());

        Assert.Equal(ImportFileStatus.Imported, Assert.Single(report.Files).Status);
        await using var context = db.Context();
        var document = await context.Documents.SingleAsync();
        Assert.DoesNotContain("<p>", document.OriginalText);
        Assert.DoesNotContain("99", document.OriginalText);
        Assert.Equal((new DateOnly(2024, 1, 10), DateSource.Metadata, "成都日报", "标题", "https://example.org/a"),
            (document.PublishedOn, document.DateSource, document.SourceName, document.Title, document.Url));
        Assert.Equal(2, await context.Indicators.CountAsync());
    }

    [ProviderFact]
    public async Task ImportPathAsync_MissingPath_Throws()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);

        await Assert.ThrowsAsync<FileNotFoundException>(() => db.Importer.ImportPathAsync(Path.Combine(db.Folder, "nope"), new ImportOptions()));
    }

    [ProviderFact]
    public async Task ReextractAsync_NewExtractorVersion_ReplacesIndicatorsFromStoredText()
    {
        var extractor = new FakeExtractor();
        await using var db = await TestDatabase.CreateAsync(extractor, provider: provider);
        await db.Importer.ImportAsync([ImportSource.FromBytes("a.txt", Utf8(Original), new ImportMetadata(new DateOnly(2024, 1, 10)))], new ImportOptions());
        extractor.Version = "fake-2";

        var report = await db.Importer.ReextractAsync();

        Assert.Equal(ImportTrigger.Reextract, report.Trigger);
        Assert.Equal(ImportFileStatus.Replaced, Assert.Single(report.Files).Status);
        await using var context = db.Context();
        Assert.All(await context.Indicators.ToListAsync(), i => Assert.Equal("fake-2", i.ExtractorVersion));
        Assert.Equal(3, await context.Indicators.CountAsync());
        var document = await context.Documents.SingleAsync();
        Assert.Equal(("fake-2", new DateOnly(2024, 1, 10)), (document.ExtractorVersion, document.PublishedOn));
    }

    [ProviderFact]
    public async Task ReextractAsync_SameVersion_DoesNothingUnlessAll()
    {
        var extractor = new FakeExtractor();
        await using var db = await TestDatabase.CreateAsync(extractor, provider: provider);
        await db.Importer.ImportAsync([ImportSource.FromBytes("a.txt", Utf8(Original))], new ImportOptions());

        var none = await db.Importer.ReextractAsync();
        var all = await db.Importer.ReextractAsync(all: true);

        Assert.Empty(none.Files);
        Assert.Single(all.Files);
        await using var context = db.Context();
        Assert.Equal(3, await context.Indicators.CountAsync());
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    // Progress<T> posts to the thread pool; the cancellation test needs the callback before the next file.
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}

public sealed class ImportServiceTestsOnSqlite() : ImportServiceTests(DatabaseProvider.Sqlite);

public sealed class ImportServiceTestsOnPostgres() : ImportServiceTests(DatabaseProvider.PostgreSql), IPostgresTests;
