namespace MetricsDashboard.Data.Queries.Caching;

/// <summary>
/// Tells whether the database may have changed since a result was read: the version is a token
/// that differs after any committed write by anyone (another connection, another process, another
/// web instance). It may also change without a relevant write; it never stays the same across one.
/// </summary>
public interface IDataVersionSource
{
    /// <summary>The current token, or null when it cannot be told (then nothing is cached).</summary>
    ValueTask<string?> CurrentAsync(CancellationToken ct = default);
}
