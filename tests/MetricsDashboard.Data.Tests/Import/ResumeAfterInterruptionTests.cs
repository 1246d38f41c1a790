using System.Diagnostics;
using System.Globalization;
using System.Text;
using MetricsDashboard.Cli;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Tests.Fakes;
using MetricsDashboard.Extraction;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace MetricsDashboard.Data.Tests.Import;

/// <summary>
/// An import stopped mid-way — cancelled, or its process killed — is resumed by the next run:
/// what was committed is skipped by content hash, the rest is imported, every file is stored once.
/// </summary>
public sealed class ResumeAfterInterruptionTests
{
    [Fact]
    public async Task ImportPathAsync_CancelledMidRun_NextRunStoresTheRestAndEveryFileOnce()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor());
        var folder = WriteCorpus(db, 60);
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress<ImportProgress>(p =>
        {
            if (p.FilesDone == 37)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Importer.ImportPathAsync(folder, new ImportOptions(), progress, cancel.Token));
        int stored;
        await using (var context = db.Context())
        {
            stored = await context.Documents.CountAsync();
        }
        var resumed = await db.Importer.ImportPathAsync(folder, new ImportOptions());

        Assert.Equal(37, stored);
        Assert.Equal(60, resumed.FilesSeen);
        Assert.Equal(stored, resumed.Files.Count(f => f.Reason == ImportFileReason.AlreadyStored));
        Assert.Equal(60 - stored, resumed.Imported);
        await AssertEveryFileOnceAsync(db, 60);
    }

    [Fact]
    public async Task CliImport_ProcessKilledMidRun_NextRunMarksItAndResumes()
    {
        if (OperatingSystem.IsWindows())
        {
            // The run is held mid-way by a named pipe (mkfifo), which Windows folders cannot hold.
            return;
        }
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor());
        var folder = WriteCorpus(db, 120);
        // File 060 is a pipe nobody writes to: reading it blocks, so the importer commits what it
        // has stored (it commits whenever it waits for input) and then waits until it is killed.
        var blocker = Path.Combine(folder, "060.txt");
        File.Delete(blocker);
        Run("mkfifo", blocker).WaitForExit();

        using (var child = Run(CliPath(), "import", folder, "--db", db.Path))
        {
            try
            {
                await WaitForDocumentsAsync(db, 60, TimeSpan.FromMinutes(2));
            }
            finally
            {
                child.Kill(entireProcessTree: true);
                await child.WaitForExitAsync();
            }
        }
        SqliteConnection.ClearAllPools();
        await using (var context = db.Context())
        {
            var killed = await context.ImportRuns.SingleAsync();
            Assert.Null(killed.FinishedAt);
            // 120 files into an empty database: the run deferred the secondary indexes, and died without them.
            var indexes = await context.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index'").ToListAsync();
            Assert.DoesNotContain("IX_Indicators_Kind", indexes);
        }
        File.Delete(blocker);
        File.WriteAllText(blocker, Text(60));

        var output = new StringWriter();
        var errors = new StringWriter();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["contentRoot"] = db.Folder }).Build();
        var code = await new CliApp(output, errors, configuration, () => new IndicatorExtractor()).RunAsync(["import", folder, "--db", db.Path]);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("1 interrupted import run(s) marked", errors.ToString());
        Assert.Contains("60 files skipped: already stored", output.ToString());
        await AssertEveryFileOnceAsync(db, 120);
        await using var check = db.Context();
        var marked = await check.ImportRuns.OrderBy(r => r.Id).FirstAsync();
        Assert.True(marked.Interrupted);
        Assert.Equal(60, marked.Imported);
        // The next start built them again (and the resumed run, deferring too, built them at its end).
        Assert.Empty(await DeferredIndexes.RestoreMissingAsync(check, CancellationToken.None));
    }

    private static string WriteCorpus(TestDatabase db, int count)
    {
        string? folder = null;
        for (var i = 0; i < count; i++)
        {
            folder = Path.GetDirectoryName(db.WriteFile("corpus", string.Create(CultureInfo.InvariantCulture, $"{i:000}.txt"), Text(i)));
        }
        return folder!;
    }

    private static string Text(int i) => string.Create(CultureInfo.InvariantCulture, $"锦江区完成投资{i + 1}亿元。\n\n新开工{i + 2}个项目。");

    private static async Task AssertEveryFileOnceAsync(TestDatabase db, int count)
    {
        await using var context = db.Context();
        var names = await context.Documents.Select(d => d.FileName).ToListAsync();
        Assert.Equal(count, names.Count);
        Assert.Equal(count, names.Distinct(StringComparer.Ordinal).Count());
        // Two figures a file, each stored once.
        Assert.Equal(2 * count, await context.Indicators.CountAsync());
    }

    private static async Task WaitForDocumentsAsync(TestDatabase db, int expected, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            await using (var connection = new SqliteConnection(db.ConnectionString))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM \"Documents\"";
                if ((long)(await command.ExecuteScalarAsync())! >= expected)
                {
                    return;
                }
            }
            Assert.True(watch.Elapsed < timeout, $"the import did not commit {expected} files within {timeout}");
            await Task.Delay(100);
        }
    }

    // The CLI as a program of its own, built beside the tests (the test project references it).
    private static string CliPath() => Path.Combine(AppContext.BaseDirectory, "metricsdashboard");

    private static Process Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        // Drained, so a full pipe never stalls the child.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
