using System.Data.Common;
using MetricsDashboard.Data.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Search;

/// <summary>
/// SQLite: a contentless FTS5 table <c>IndicatorSearch</c> (rowid = indicator id; columns Label
/// and Sentence holding their <see cref="Bigrams.Tokens"/>). Rows are written for the indicators
/// <see cref="IndicatorBulkWriter"/> inserts (the synthetic load, in chunks) or the importer stored
/// (imports and re-extraction, once per batch at its commit: see <see cref="Add"/>), and
/// removed by a trigger when the indicator is deleted; the migration creates both, and
/// <see cref="SearchIndexBackfill"/> fills it once for indicators stored before it existed.
/// </summary>
internal sealed class SqliteBigramIndex : IIndicatorTextIndex
{
    public const string Table = "IndicatorSearch";

    public const string CreateSql =
        "CREATE VIRTUAL TABLE \"IndicatorSearch\" USING fts5(\"Label\", \"Sentence\", content='', contentless_delete=1, tokenize='ascii');" +
        "CREATE TRIGGER \"Indicators_SearchDelete\" AFTER DELETE ON \"Indicators\" BEGIN DELETE FROM \"IndicatorSearch\" WHERE rowid = old.\"Id\"; END;";

    public const string DropSql = "DROP TRIGGER IF EXISTS \"Indicators_SearchDelete\"; DROP TABLE IF EXISTS \"IndicatorSearch\";";

    private const string InsertSql = "INSERT INTO \"IndicatorSearch\" (rowid, \"Label\", \"Sentence\") VALUES ($id, $label, $sentence)";

    public static readonly SqliteBigramIndex Instance = new();

    private SqliteBigramIndex()
    {
    }

    /// <inheritdoc />
    public IQueryable<long>? Matching(MetricsDbContext db, string term)
    {
        // A phrase of the term's bigrams (or one character's prefix query), in either column: a
        // phrase never spans two columns.
        var query = Bigrams.Query(term);
        return query is null
            ? null
            : db.Database.SqlQueryRaw<long>("SELECT rowid AS \"Value\" FROM \"IndicatorSearch\" WHERE \"IndicatorSearch\" MATCH {0}", query);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Never call this inside a savepoint that is released once per few rows: FTS5 flushes its
    /// pending terms to a new segment at every savepoint and release, so an index written file by
    /// file inside the import's per-file savepoints made thousands of tiny segments and merged them
    /// again (a third of the import's CPU). Written outside them, the terms of a whole batch go to
    /// one segment.
    /// </remarks>
    public void Add(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<IndexedText> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }
        UseLargePendingTerms((SqliteConnection)connection, transaction);
        // Bound by position on the connection's handle: a batch writes tens of thousands of rows.
        using var insert = new SqliteRowStatement((SqliteConnection)connection, InsertSql);
        foreach (var row in rows)
        {
            insert.Bind(0, row.Id);
            insert.Bind(1, Bigrams.Tokens(row.Label));
            insert.Bind(2, Bigrams.Tokens(row.Sentence));
            insert.Execute();
        }
    }

    /// <summary>Bytes of new terms FTS5 holds in memory before it writes them out as a segment.</summary>
    public const int PendingTermBytes = 8 * 1024 * 1024;

    // FTS5 writes its pending terms to a new segment whenever they pass its "hashsize" (1 MB by
    // default), and merges those segments again later: a batch of an import (a few thousand
    // mentions, ~10 MB of tokens) made a dozen segments. With 8 MB it makes one or two, for ~20 %
    // less CPU writing the index. The option is stored in the table's config, so it is set once.
    private static void UseLargePendingTerms(SqliteConnection connection, DbTransaction transaction)
    {
        using var read = connection.CreateCommand();
        read.Transaction = (SqliteTransaction)transaction;
        read.CommandText = "SELECT \"v\" FROM \"IndicatorSearch_config\" WHERE \"k\" = 'hashsize'";
        if (Convert.ToInt64(read.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture) == PendingTermBytes)
        {
            return;
        }
        using var set = connection.CreateCommand();
        set.Transaction = (SqliteTransaction)transaction;
        set.CommandText = "INSERT INTO \"IndicatorSearch\" (\"IndicatorSearch\", rank) VALUES ('hashsize', $bytes)";
        set.Parameters.AddWithValue("$bytes", PendingTermBytes);
        set.ExecuteNonQuery();
    }

    /// <summary>A prepared insert of index rows inside the caller's transaction.</summary>
    public static SqliteCommand PrepareInsert(SqliteConnection connection, SqliteTransaction? transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertSql;
        command.Parameters.Add(new SqliteParameter("$id", 0L));
        command.Parameters.Add(new SqliteParameter("$label", ""));
        command.Parameters.Add(new SqliteParameter("$sentence", ""));
        command.Prepare();
        return command;
    }

    /// <summary>Writes one indicator's row through a command from <see cref="PrepareInsert"/>.</summary>
    public static void Insert(SqliteCommand insert, long id, string? label, string? sentence)
    {
        insert.Parameters[0].Value = id;
        insert.Parameters[1].Value = Bigrams.Tokens(label);
        insert.Parameters[2].Value = Bigrams.Tokens(sentence);
        insert.ExecuteNonQuery();
    }
}
