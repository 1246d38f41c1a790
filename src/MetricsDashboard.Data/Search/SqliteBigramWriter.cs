using Microsoft.Data.Sqlite;
using MetricsDashboard.Data.Infrastructure;

namespace MetricsDashboard.Data.Search;

/// <summary>
/// Writes indicators' entries into <see cref="SqliteBigramIndex"/>'s tables, in id order, inside the
/// connection's open transaction. A sentence with several figures is stored once per figure in
/// <c>Indicators</c> (2.1 figures per sentence in an archive of the seeds), and tokenising and indexing
/// every copy was half of the text index's cost. So a <em>run</em> — consecutive ids of one document
/// with the same sentence start and text — keeps its sentence once, in <c>IndicatorRunSearch</c>
/// under the run's first id, with the id range in <c>IndicatorSentenceRuns</c>; its figures' rows in
/// <c>IndicatorSearch</c> hold their labels only. A figure alone in its sentence keeps both in its
/// own row, so an archive without shared sentences is indexed and searched as before. A run cut in
/// two (entries handed over in chunks) only costs a second copy: every id still has its sentence.
/// </summary>
internal sealed class SqliteBigramWriter : IDisposable
{
    private const string InsertEntrySql = "INSERT INTO \"IndicatorSearch\" (rowid, \"Label\", \"Sentence\") VALUES (?1, ?2, ?3)";

    private const string InsertRunSentenceSql = "INSERT INTO \"IndicatorRunSearch\" (rowid, \"Sentence\") VALUES (?1, ?2)";

    private const string InsertRunSql = "INSERT INTO \"IndicatorSentenceRuns\" (\"FirstId\", \"LastId\") VALUES (?1, ?2)";

    // Bound by position on the connection's handle: an import writes tens of thousands of rows per batch.
    private readonly SqliteRowStatement _entries;
    private readonly SqliteRowStatement _runSentences;
    private readonly SqliteRowStatement _runs;
    // The first entry of the sentence being read, not written until it is known whether a run follows.
    private IndexedText? _first;
    private long _last;
    private byte[] _tokens = new byte[4096];

    public SqliteBigramWriter(SqliteConnection connection)
    {
        _entries = new SqliteRowStatement(connection, InsertEntrySql);
        _runSentences = new SqliteRowStatement(connection, InsertRunSentenceSql);
        _runs = new SqliteRowStatement(connection, InsertRunSql);
    }

    /// <summary>Indexes one indicator; entries must come in increasing id order.</summary>
    public void Write(in IndexedText entry)
    {
        if (_first is { } first && entry.Id == _last + 1 && SameSentence(first, entry))
        {
            if (_last == first.Id)
            {
                // A second figure: the sentence becomes a run's, and the first figure keeps its label alone.
                WriteEntry(first.Id, first.Label, null);
            }
            WriteEntry(entry.Id, entry.Label, null);
            _last = entry.Id;
            return;
        }
        EndSentence();
        if (string.IsNullOrEmpty(entry.Sentence))
        {
            WriteEntry(entry.Id, entry.Label, null);
            return;
        }
        (_first, _last) = (entry, entry.Id);
    }

    public void Dispose()
    {
        EndSentence();
        _entries.Dispose();
        _runSentences.Dispose();
        _runs.Dispose();
    }

    private void EndSentence()
    {
        if (_first is not { } first)
        {
            return;
        }
        _first = null;
        if (_last == first.Id)
        {
            WriteEntry(first.Id, first.Label, first.Sentence);
            return;
        }
        _runSentences.Bind(0, first.Id);
        BindTokens(_runSentences, 1, first.Sentence);
        _runSentences.Execute();
        _runs.Bind(0, first.Id);
        _runs.Bind(1, _last);
        _runs.Execute();
    }

    private void WriteEntry(long id, string? label, string? sentence)
    {
        _entries.Bind(0, id);
        BindTokens(_entries, 1, label);
        BindTokens(_entries, 2, sentence);
        _entries.Execute();
    }

    // The tokens written into one buffer kept for the writer's life (SQLite copies what is bound).
    private void BindTokens(SqliteRowStatement statement, int index, string? text)
    {
        var length = Bigrams.TokensLength(text);
        if (length == 0)
        {
            // Empty text as before: '' (an empty span would bind NULL).
            statement.Bind(index, "");
            return;
        }
        if (_tokens.Length < length)
        {
            _tokens = new byte[Math.Max(length, _tokens.Length * 2)];
        }
        Bigrams.WriteTokens(text, _tokens);
        statement.BindUtf8(index, _tokens.AsSpan(0, length));
    }

    private static bool SameSentence(in IndexedText first, in IndexedText next) =>
        next.DocumentId == first.DocumentId && next.SentenceStart == first.SentenceStart && string.Equals(next.Sentence, first.Sentence, StringComparison.Ordinal);
}
