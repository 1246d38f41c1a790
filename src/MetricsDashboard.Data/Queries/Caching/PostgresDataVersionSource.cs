using MetricsDashboard.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Queries.Caching;

/// <summary>
/// PostgreSQL's current snapshot (<c>xmin:xmax:in-progress ids</c>): a transaction that writes
/// takes an id, which advances xmax, and leaves the in-progress list when it commits, so the text
/// differs after every committed write in the cluster. Reads take no id and leave it unchanged.
/// </summary>
public sealed class PostgresDataVersionSource(IDbContextFactory<MetricsDbContext> contexts) : IDataVersionSource
{
    /// <inheritdoc />
    public async ValueTask<string?> CurrentAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_current_snapshot()::text";
        return await command.ExecuteScalarAsync(ct) as string;
    }
}
