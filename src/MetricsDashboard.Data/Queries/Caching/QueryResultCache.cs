using Microsoft.Extensions.Caching.Memory;

namespace MetricsDashboard.Data.Queries.Caching;

/// <summary>
/// Results of the dashboard's aggregate reads, kept until the database changes: each entry is
/// stored under the data version it was read at, and the first read that finds a newer version
/// drops every entry. Analysts open the same overview, area and topic views all day between
/// imports; each answer is computed once per change of the data, by whichever instance asks first.
/// A result read while a write commits may already show the write; it is stored under the older
/// version, which no later read asks for, so no reader ever sees data older than its own check.
/// </summary>
public sealed class QueryResultCache : IDisposable
{
    /// <summary>The most entries kept, weighed by rows (<see cref="WeightOf"/>): a few hundred views.</summary>
    public const long CapacityRows = 400_000;

    private readonly IDataVersionSource _versions;
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = CapacityRows, CompactionPercentage = 0.25 });
    private readonly Lock _gate = new();
    private string? _version;
    private long _hits;
    private long _misses;

    public QueryResultCache(IDataVersionSource versions) => _versions = versions;

    /// <summary>Reads answered from the cache, and reads that went to the database, since start.</summary>
    public (long Hits, long Misses) Statistics => (Interlocked.Read(ref _hits), Interlocked.Read(ref _misses));

    /// <summary>The result stored for <paramref name="key"/> at the current data version, else <paramref name="load"/>'s, stored.</summary>
    /// <param name="key">Value-equal key naming the query and all its arguments.</param>
    /// <param name="load">Reads the result from the database.</param>
    /// <param name="ct">Cancels the version check and the read.</param>
    public async Task<T> GetOrLoadAsync<T>(object key, Func<CancellationToken, Task<T>> load, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(load);
        var version = await _versions.CurrentAsync(ct);
        if (version is null)
        {
            Interlocked.Increment(ref _misses);
            return await load(ct);
        }
        ForgetOlderThan(version);
        var entryKey = (version, key);
        if (_entries.TryGetValue(entryKey, out var cached) && cached is T hit)
        {
            Interlocked.Increment(ref _hits);
            return hit;
        }
        Interlocked.Increment(ref _misses);
        var result = await load(ct);
        if (result is not null)
        {
            _entries.Set(entryKey, result, new MemoryCacheEntryOptions { Size = WeightOf(result) });
        }
        return result;
    }

    /// <summary>Rows a result holds (at least one), the unit of <see cref="CapacityRows"/>.</summary>
    public static long WeightOf(object result) => result switch
    {
        System.Collections.ICollection collection => 1 + collection.Count,
        CoverageOverview coverage => 1 + coverage.RowCount,
        Facts.MeasureSeries series => 1 + series.Points.Count + series.Points.Sum(p => (long)p.FactIds.Count),
        _ => 1,
    };

    private void ForgetOlderThan(string version)
    {
        lock (_gate)
        {
            if (_version == version)
            {
                return;
            }
            if (_version is not null)
            {
                _entries.Compact(1.0);
            }
            _version = version;
        }
    }

    public void Dispose() => _entries.Dispose();
}
