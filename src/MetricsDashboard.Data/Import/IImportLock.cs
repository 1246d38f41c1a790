namespace MetricsDashboard.Data.Import;

/// <summary>
/// The right to import, one holder at a time across every process sharing the database: the
/// upload page, the start-up seed import and the CLI, on one instance or several. Imports decide
/// "replace or skip" per file name, so two at once could store a file twice.
/// </summary>
public interface IImportLock
{
    /// <summary>Waits until this process holds the lock; disposing the result releases it.</summary>
    Task<IAsyncDisposable> AcquireAsync(CancellationToken ct = default);

    /// <summary>Whether some process holds the lock now (a live, unexpired lease).</summary>
    Task<bool> IsHeldAsync(CancellationToken ct = default);
}
