namespace MetricsDashboard.Data.Sessions;

/// <summary>
/// Counts of recent wrong passwords per key (a client address, or the account), shared by every
/// web instance on the database. The throttling policy is the web app's; this only counts.
/// </summary>
public interface ILoginFailureStore
{
    /// <summary>The failures of the key's current window: count and when the window began; null when none.</summary>
    Task<(int Count, DateTime Since)?> GetAsync(string key, CancellationToken ct = default);

    /// <summary>
    /// Adds one failure at <paramref name="now"/>: to the key's window when it began after
    /// <paramref name="windowStart"/>, else as the first of a new window. Atomic across instances.
    /// </summary>
    Task RecordAsync(string key, DateTime now, DateTime windowStart, CancellationToken ct = default);

    /// <summary>Forgets the key's failures.</summary>
    Task ResetAsync(string key, CancellationToken ct = default);

    /// <summary>Deletes windows that began at or before <paramref name="windowStart"/> (they count for nothing).</summary>
    Task SweepAsync(DateTime windowStart, CancellationToken ct = default);
}
