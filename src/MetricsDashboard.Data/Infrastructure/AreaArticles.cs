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
    // Every area with itself and its ancestors; a district the Areas table does not know counts as itself.
    private const string Ancestry =
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

    /// <summary>Adds the rows of one document's figures, inside the caller's transaction.</summary>
    public static async Task AddDocumentAsync(DbConnection connection, DbTransaction transaction, int documentId, CancellationToken ct)
    {
        if (connection is not SqliteConnection)
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertFrom + " AND i.\"DocumentId\" = $doc";
        SqlDialect.Add(command, "$doc", documentId);
        await command.ExecuteNonQueryAsync(ct);
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
