using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Web.Hosting;

/// <summary>
/// Creates or upgrades the database before the app takes requests, and imports the seed articles
/// when it is empty, so that a first start has something to show.
/// </summary>
public sealed class DatabaseStartup(
    DatabaseInitializer initializer,
    IDbContextFactory<MetricsDbContext> contextFactory,
    IImportLock importLock,
    TimeProvider time,
    IConfiguration configuration,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await initializer.InitializeAsync(cancellationToken);
        // Unfinished runs are a killed process's, unless another instance is importing right now.
        var interrupted = await importLock.IsHeldAsync(cancellationToken)
            ? 0
            : await InterruptedRunRecovery.MarkInterruptedAsync(contextFactory, time.GetUtcNow().UtcDateTime, cancellationToken);
        if (interrupted > 0)
        {
            logger.LogWarning("{Count} import runs had not finished (process killed); marked interrupted", interrupted);
        }
        var seeds = DataHostingExtensions.SeedsFolder(configuration);
        var report = await initializer.ImportSeedsIfEmptyAsync(seeds, cancellationToken);
        if (report is not null)
        {
            logger.LogInformation("First start: imported {Imported} seed files ({Indicators} indicators) from {Folder}", report.Imported, report.IndicatorsAdded, seeds);
            foreach (var failure in report.Files.Where(f => f.Message is not null && f.DocumentId is null))
            {
                logger.LogWarning("Seed file {File} not imported: {Message}", failure.FileName, failure.Message);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
