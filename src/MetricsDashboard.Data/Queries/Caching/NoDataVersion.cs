namespace MetricsDashboard.Data.Queries.Caching;

/// <summary>A database whose changes cannot be told (in memory, shared cache): nothing is cached.</summary>
public sealed class NoDataVersion : IDataVersionSource
{
    public static readonly NoDataVersion Instance = new();

    public ValueTask<string?> CurrentAsync(CancellationToken ct = default) => ValueTask.FromResult<string?>(null);
}
