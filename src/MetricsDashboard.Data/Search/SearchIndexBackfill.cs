using Microsoft.Data.Sqlite;

namespace MetricsDashboard.Data.Search;

/// <summary>
/// Fills the SQLite bigram index for indicators stored before it existed (the migration creates
/// it empty: SQL alone cannot cut text into bigram tokens). Runs at start-up in one transaction,
/// so a kill leaves the index empty and the next start does it again; a no-op once filled.
/// </summary>
internal static class SearchIndexBackfill
{
    /// <returns>How many indicators were indexed (0 when the index was current).</returns>
    /// <remarks>Whether the index holds anything is read from its row-size table (one row per
    /// indexed indicator): a contentless table cannot be scanned for its rows.</remarks>
    public static int Run(SqliteConnection connection)
    {
        if (!Exists(connection, "SELECT 1 FROM \"Indicators\" LIMIT 1") || Exists(connection, "SELECT 1 FROM \"IndicatorSearch_docsize\" LIMIT 1"))
        {
            return 0;
        }
        using var transaction = connection.BeginTransaction();
        using (var clear = connection.CreateCommand())
        {
            // Runs left from an index emptied by hand: they are written again with their entries.
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM \"IndicatorSentenceRuns\"";
            clear.ExecuteNonQuery();
        }
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT \"Id\", \"Label\", \"Sentence\", \"DocumentId\", \"SentenceStart\" FROM \"Indicators\" ORDER BY \"Id\"";
        var count = 0;
        using (var writer = new SqliteBigramWriter(connection))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                writer.Write(new IndexedText(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.GetInt32(3), reader.GetInt32(4)));
                count++;
            }
        }
        transaction.Commit();
        return count;
    }

    private static bool Exists(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is not null;
    }
}
