using System.Text;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Data.Tests.Fakes;
using MetricsDashboard.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Tests.Integrity;

public abstract class ReportAndRecoveryTests(DatabaseProvider provider)
{
    [ProviderFact]
    public async Task MarkInterruptedAsync_RunKilledMidway_IsClosedWithItsFilesCounts()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);
        await db.Importer.ImportAsync([ImportSource.FromBytes("done.txt", Encoding.UTF8.GetBytes("锦江区完成投资12亿元。"))], new ImportOptions());
        int killedId;
        await using (var context = db.Context())
        {
            // What a kill -9 leaves: a run row without FinishedAt, and the rows of the files it finished.
            var killed = new ImportRun { StartedAt = DateTime.UtcNow, Trigger = "cli" };
            context.ImportRuns.Add(killed);
            await context.SaveChangesAsync();
            context.ImportFileResults.Add(new ImportFileResult { RunId = killed.Id, FileName = "a.txt", Status = "imported", IndicatorsAdded = 4 });
            context.ImportFileResults.Add(new ImportFileResult { RunId = killed.Id, FileName = "b.txt", Status = "failed" });
            await context.SaveChangesAsync();
            killedId = killed.Id;
        }
        var now = new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

        var marked = await InterruptedRunRecovery.MarkInterruptedAsync(db.Contexts, now);

        Assert.Equal(1, marked);
        await using var check = db.Context();
        var run = await check.ImportRuns.SingleAsync(r => r.Id == killedId);
        Assert.True(run.Interrupted);
        Assert.Equal(now, run.FinishedAt);
        Assert.Equal((2, 1, 1, 4), (run.FilesSeen, run.Imported, run.Failed, run.IndicatorsAdded));
        Assert.False((await check.ImportRuns.SingleAsync(r => r.Id != killedId)).Interrupted);
        Assert.Equal(0, await InterruptedRunRecovery.MarkInterruptedAsync(db.Contexts, now));
    }

    [ProviderFact]
    public void ToText_ControlCharactersInNamesAndMessages_AreEscaped()
    {
        var report = new ImportReport(1, ImportTrigger.Cli, DateTime.UnixEpoch, DateTime.UnixEpoch, [
            new ImportFileReport("evil\n  imported  fake.txt\u001b[31m.txt", ImportFileStatus.Failed, "unreadable:\rbad\u202Etxt.exe", null, 0),
        ]);

        var text = report.ToText();

        Assert.Equal(2, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("evil\\n  imported  fake.txt\\u001B[31m.txt", text);
        Assert.Contains("unreadable:\\rbad\\u202Etxt.exe", text);
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\r', text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [ProviderFact]
    public async Task ImportAsync_DocumentOverTheFigureCap_StoresTheFirstFiguresAndSaysSo()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);
        var text = string.Concat(Enumerable.Repeat("新开工3个项目。", 30));

        var report = await db.Importer.ImportAsync([ImportSource.FromBytes("flood.txt", Encoding.UTF8.GetBytes(text))], new ImportOptions { MaxFiguresPerDocument = 10 });

        var file = Assert.Single(report.Files);
        Assert.Equal(ImportFileStatus.Imported, file.Status);
        Assert.Equal(10, file.IndicatorsAdded);
        Assert.StartsWith("figure cap hit: kept the first 10 of 30 figures", file.Message);
        Assert.Contains("figure cap hit", report.ToText());
        await using var context = db.Context();
        Assert.Equal(10, await context.Indicators.CountAsync());
    }

    [ProviderFact]
    public void ImportOptions_Default_CapsAtFiveThousand() =>
        Assert.Equal(5_000, new ImportOptions().MaxFiguresPerDocument);
}

public sealed class ReportAndRecoveryTestsOnSqlite() : ReportAndRecoveryTests(DatabaseProvider.Sqlite);

public sealed class ReportAndRecoveryTestsOnPostgres() : ReportAndRecoveryTests(DatabaseProvider.PostgreSql), IPostgresTests;
