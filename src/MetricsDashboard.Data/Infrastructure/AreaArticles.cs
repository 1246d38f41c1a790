using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// <c>AreaArticles</c>: one row per area and article that has a figure in that area or any area
/// below it (成都市 holds every article with a figure in one of its 23 districts), with the
/// article's document and date. The overview's counts of distinct articles and documents for an
/// area filter read it instead of every figure of the area (400,000 rows for 成都市 at a million).
/// Rows are added per imported document and by bulk loads, and removed by a trigger with their
/// article; the migration creates and fills it. An accelerator of SQLite's only: PostgreSQL's planner
/// counts distinct articles of an area from the figures' indexes well enough, and has no such table,
/// so on it every method here does nothing.
/// </summary>
internal static class AreaArticles
{
    /// <summary>
    /// A CTE "Up"(Name, Area): every area with itself and each area above it. A district the Areas
    /// table does not know has no row and counts as itself (callers join LEFT and fall back to it).
    /// </summary>
    internal const string Ancestry =
        "WITH RECURSIVE \"Up\"(\"Name\", \"Area\") AS (SELECT \"Name\", \"Name\" FROM \"Areas\" " +
        "UNION SELECT \"Up\".\"Name\", a.\"ParentName\" FROM \"Up\" JOIN \"Areas\" a ON a.\"Name\" = \"Up\".\"Area\" WHERE a.\"ParentName\" IS NOT NULL) ";

    private const string InsertFrom =
        Ancestry +
        "INSERT OR IGNORE INTO \"AreaArticles\" (\"Area\", \"ArticleId\", \"DocumentId\", \"PublishedOn\") " +
        "SELECT COALESCE(\"Up\".\"Area\", i.\"District\"), i.\"ArticleId\", i.\"DocumentId\", i.\"PublishedOn\" " +
        "FROM \"Indicators\" i LEFT JOIN \"Up\" ON \"Up\".\"Name\" = i.\"District\" WHERE i.\"District\" IS NOT NULL";

    public const string CreateSql =
        "CREATE TABLE \"AreaArticles\" (\"Area\" TEXT NOT NULL, \"ArticleId\" INTEGER NOT NULL, \"DocumentId\" INTEGER NOT NULL, \"PublishedOn\" TEXT NULL, " +
        "PRIMARY KEY (\"Area\", \"ArticleId\")) WITHOUT ROWID;" +
        "CREATE INDEX \"IX_AreaArticles_ArticleId\" ON \"AreaArticles\" (\"ArticleId\");" +
        "CREATE TRIGGER \"Articles_AreaArticlesDelete\" AFTER DELETE ON \"Articles\" BEGIN DELETE FROM \"AreaArticles\" WHERE \"ArticleId\" = old.\"Id\"; END;" +
        InsertFrom + ";";

    public const string DropSql = "DROP TRIGGER IF EXISTS \"Articles_AreaArticlesDelete\"; DROP TABLE IF EXISTS \"AreaArticles\";";

    /// <summary>
    /// Each area of the reference data with the areas it counts toward: itself and every area above
    /// it (the <c>Ancestry</c> CTE's pairs). Read once per import batch; null on other providers.
    /// </summary>
    public static async Task<Dictionary<string, List<string>>?> AncestryAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        if (connection is not SqliteConnection)
        {
            return null;
        }
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        await using (var command = SqlDialect.Command(connection, transaction, "SELECT \"Name\", \"ParentName\" FROM \"Areas\""))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                parents[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
            }
        }
        var ancestry = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var name in parents.Keys)
        {
            var chain = new List<string> { name };
            // Up the parents while they are areas too, as the recursive join does (a cycle ends where it repeats).
            for (var at = name; parents.TryGetValue(at, out var parent) && parent is not null && !chain.Contains(parent, StringComparer.Ordinal); at = parent)
            {
                chain.Add(parent);
            }
            ancestry[name] = chain;
        }
        return ancestry;
    }

    /// <summary>
    /// Adds the rows of one document's mentions as written, inside the caller's transaction: the rows
    /// the recursive query of <see cref="RebuildAll"/> gives them, computed here from
    /// <paramref name="ancestry"/> rather than by that query over every area for each file.
    /// </summary>
    public static async Task AddAsync(DbConnection connection, DbTransaction transaction, IReadOnlyDictionary<string, List<string>>? ancestry,
        IEnumerable<Model.StoredIndicator> mentions, CancellationToken ct)
    {
        if (ancestry is null)
        {
            return;
        }
        var rows = new Dictionary<(string Area, int ArticleId), Model.StoredIndicator>();
        foreach (var m in mentions.Where(m => m.District is not null))
        {
            // A district the Areas table does not know counts as itself.
            foreach (var area in ancestry.TryGetValue(m.District!, out var up) ? up : [m.District!])
            {
                rows.TryAdd((area, m.ArticleId), m);
            }
        }
        if (rows.Count == 0)
        {
            return;
        }
        await using var command = SqlDialect.Command(connection, transaction,
            "INSERT OR IGNORE INTO \"AreaArticles\" (\"Area\", \"ArticleId\", \"DocumentId\", \"PublishedOn\") VALUES (@area, @article, @document, @published)",
            ("@area", ""), ("@article", 0), ("@document", 0), ("@published", DBNull.Value));
        foreach (var ((area, articleId), m) in rows)
        {
            command.Parameters[0].Value = area;
            command.Parameters[1].Value = articleId;
            command.Parameters[2].Value = m.DocumentId;
            command.Parameters[3].Value = SqlDialect.Sqlite.Date(m.PublishedOn);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Rebuilds every row from the figures (after a bulk load).</summary>
    public static void RebuildAll(DbConnection connection, DbTransaction transaction)
    {
        if (connection is not SqliteConnection)
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM \"AreaArticles\"; " + InsertFrom + ";";
        command.ExecuteNonQuery();
    }
}
