using System.Data.Common;
using MetricsDashboard.Data.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Search;

/// <summary>
/// SQLite: contentless FTS5 tables of <see cref="Bigrams.Tokens"/>. <c>IndicatorSearch</c> has a
/// row per indicator (rowid = its id; columns Label and Sentence); a sentence that gives several
/// figures in a row is held once instead, in <c>IndicatorRunSearch</c> under the run's first id, with
/// the run's id range in <c>IndicatorSentenceRuns</c> (<see cref="SqliteBigramWriter"/>). Rows are
/// written for the indicators <see cref="IndicatorBulkWriter"/> inserts (the synthetic load, in
/// chunks) or the importer stored (imports and re-extraction, once per batch at its commit: see
/// <see cref="Add"/>), and removed by triggers when the indicator is deleted (a document's
/// indicators go together, so a run never loses its first figure alone); the migration creates
/// them, and <see cref="SearchIndexBackfill"/> fills them once for indicators stored before.
/// </summary>
internal sealed class SqliteBigramIndex : IIndicatorTextIndex
{
    public const string CreateSql =
        "CREATE VIRTUAL TABLE \"IndicatorSearch\" USING fts5(\"Label\", \"Sentence\", content='', contentless_delete=1, tokenize='ascii');" +
        "CREATE VIRTUAL TABLE \"IndicatorRunSearch\" USING fts5(\"Sentence\", content='', contentless_delete=1, tokenize='ascii');" +
        "CREATE TABLE \"IndicatorSentenceRuns\" (\"FirstId\" INTEGER NOT NULL PRIMARY KEY, \"LastId\" INTEGER NOT NULL);" +
        "CREATE TRIGGER \"Indicators_SearchDelete\" AFTER DELETE ON \"Indicators\" BEGIN " +
        "DELETE FROM \"IndicatorSearch\" WHERE rowid = old.\"Id\"; DELETE FROM \"IndicatorSentenceRuns\" WHERE \"FirstId\" = old.\"Id\"; END;" +
        "CREATE TRIGGER \"IndicatorSentenceRuns_SearchDelete\" AFTER DELETE ON \"IndicatorSentenceRuns\" BEGIN " +
        "DELETE FROM \"IndicatorRunSearch\" WHERE rowid = old.\"FirstId\"; END;";

    public const string DropSql =
        "DROP TRIGGER IF EXISTS \"Indicators_SearchDelete\"; DROP TRIGGER IF EXISTS \"IndicatorSentenceRuns_SearchDelete\"; " +
        "DROP TABLE IF EXISTS \"IndicatorSearch\"; DROP TABLE IF EXISTS \"IndicatorRunSearch\"; DROP TABLE IF EXISTS \"IndicatorSentenceRuns\";";

    // The indicators whose label or own sentence matches {0}.
    private const string OwnMatches = "FROM \"IndicatorSearch\" WHERE \"IndicatorSearch\" MATCH {0}";

    // Every figure (i) of the runs whose sentence matches {0}: each run hit reaches its range by key
    // and the figures by rowid.
    private const string RunFigures =
        "FROM \"IndicatorRunSearch\" s JOIN \"IndicatorSentenceRuns\" r ON r.\"FirstId\" = s.rowid " +
        "JOIN \"Indicators\" i ON i.\"Id\" BETWEEN r.\"FirstId\" AND r.\"LastId\" WHERE s.\"IndicatorRunSearch\" MATCH {0}";

    /// <summary>The ids matching the query {0}; a run figure whose own label matches too comes twice.</summary>
    internal const string MatchingSql = "SELECT rowid AS \"Value\" " + OwnMatches + " UNION ALL SELECT i.\"Id\" AS \"Value\" " + RunFigures;

    // The same ids counted, each once, without collecting them: the rows' own matches counted in the
    // index alone, plus the figures of matching runs whose own row did not match. A run figure's own
    // row holds its label alone, so that is the label not containing the term {1} (the substring test
    // the index answers exactly), read from the row the run already reached.
    internal const string CountSql =
        "SELECT (SELECT count(*) " + OwnMatches + ") + (SELECT count(*) " + RunFigures + " AND instr(i.\"Label\", {1}) = 0) AS \"Value\"";

    public static readonly SqliteBigramIndex Instance = new();

    private SqliteBigramIndex()
    {
    }

    /// <inheritdoc />
    public IQueryable<long>? Matching(MetricsDbContext db, string term)
    {
        // A phrase of the term's bigrams (or one character's prefix query), in the label or the
        // sentence: a phrase never spans two columns or rows.
        var query = Bigrams.Query(term);
        return query is null
            ? null
            : db.Database.SqlQueryRaw<long>(MatchingSql, query);
    }

    /// <inheritdoc />
    public async Task<int?> CountAsync(MetricsDbContext db, string term, CancellationToken ct)
    {
        var query = Bigrams.Query(term);
        return query is null ? null : await db.Database.SqlQueryRaw<int>(CountSql, query, term).SingleAsync(ct);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Called once per batch, at its commit: FTS5 writes its pending terms out as a new segment at every
    /// savepoint and release, so an index written file by file (when each file had its savepoint) made
    /// thousands of tiny segments and merged them again, a third of the import's CPU. Written at once,
    /// the terms of a whole batch go to one segment. Rows come in id order (a run is a range of ids).
    /// </remarks>
    public void Add(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<IndexedText> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }
        UseLargePendingTerms((SqliteConnection)connection, transaction, "IndicatorSearch");
        UseLargePendingTerms((SqliteConnection)connection, transaction, "IndicatorRunSearch");
        using var writer = new SqliteBigramWriter((SqliteConnection)connection);
        foreach (var row in rows)
        {
            writer.Write(row);
        }
    }

    /// <summary>Bytes of new terms FTS5 holds in memory before it writes them out as a segment.</summary>
    public const int PendingTermBytes = 8 * 1024 * 1024;

    // FTS5 writes its pending terms to a new segment whenever they pass its "hashsize" (1 MB by
    // default), and merges those segments again later: a batch of an import (a few thousand
    // mentions, ~10 MB of tokens) made a dozen segments. With 8 MB it makes one or two, for ~20 %
    // less CPU writing the index. The option is stored in the table's config, so it is set once.
    private static void UseLargePendingTerms(SqliteConnection connection, DbTransaction transaction, string table)
    {
        using var read = connection.CreateCommand();
        read.Transaction = (SqliteTransaction)transaction;
        read.CommandText = $"SELECT \"v\" FROM \"{table}_config\" WHERE \"k\" = 'hashsize'";
        if (Convert.ToInt64(read.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture) == PendingTermBytes)
        {
            return;
        }
        using var set = connection.CreateCommand();
        set.Transaction = (SqliteTransaction)transaction;
        set.CommandText = $"INSERT INTO \"{table}\" (\"{table}\", rank) VALUES ('hashsize', $bytes)";
        set.Parameters.AddWithValue("$bytes", PendingTermBytes);
        set.ExecuteNonQuery();
    }
}
