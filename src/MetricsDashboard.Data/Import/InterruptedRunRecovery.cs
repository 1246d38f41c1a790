using MetricsDashboard.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Import;

/// <summary>
/// Closes import runs that never finished because the process was killed: each file was its own
/// transaction, so what the run stored is intact, but its row kept <c>FinishedAt</c> null and zero
/// counts. Called once at the web app's start, before any import of its own can begin.
/// </summary>
/// <remarks>
/// Another process importing into the same database at that moment would see its run marked
/// too; its files are still stored correctly and its own finish overwrites the counts.
/// </remarks>
public static class InterruptedRunRecovery
{
    /// <summary>Marks every unfinished run as interrupted, with counts from its recorded files.</summary>
    /// <returns>How many runs were marked.</returns>
    public static async Task<int> MarkInterruptedAsync(IDbContextFactory<MetricsDbContext> contextFactory, DateTime now, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var runs = await db.ImportRuns.AsTracking().Where(r => r.FinishedAt == null).ToListAsync(ct);
        foreach (var run in runs)
        {
            var files = await db.ImportFileResults.Where(f => f.RunId == run.Id)
                .Select(f => new { f.Status, f.IndicatorsAdded })
                .ToListAsync(ct);
            run.FinishedAt = now;
            run.Interrupted = true;
            run.FilesSeen = files.Count;
            run.Imported = files.Count(f => f.Status == "imported");
            run.Unchanged = files.Count(f => f.Status == "unchanged");
            run.Replaced = files.Count(f => f.Status == "replaced");
            run.Failed = files.Count(f => f.Status == "failed");
            run.IndicatorsAdded = files.Sum(f => f.IndicatorsAdded);
        }
        await db.SaveChangesAsync(ct);
        return runs.Count;
    }
}
