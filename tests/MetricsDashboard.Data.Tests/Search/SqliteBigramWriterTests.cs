using MetricsDashboard.Data.Search;
using Microsoft.Data.Sqlite;

namespace MetricsDashboard.Data.Tests.Search;

/// <summary>
/// A sentence shared by consecutive figures is indexed once, for the run, and a match in it stands
/// for every figure of the run; labels stay per figure, and a figure alone in its sentence keeps both
/// in its own row. Runs end at a new sentence, a new document, a gap in the ids, and where the
/// entries are handed over in two parts.
/// </summary>
public sealed class SqliteBigramWriterTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteBigramWriterTests()
    {
        _connection.Open();
        Execute("CREATE TABLE \"Indicators\" (\"Id\" INTEGER PRIMARY KEY, \"Label\" TEXT NOT NULL);");
        Execute(SqliteBigramIndex.CreateSql);
    }

    [Fact]
    public void FiguresOfOneSentence_ShareOneRun_AndAreAllFound()
    {
        Write(
            new IndexedText(1, "完成投资", "全年完成投资12亿元，新开工3个项目。", DocumentId: 1, SentenceStart: 0),
            new IndexedText(2, "新开工项目", "全年完成投资12亿元，新开工3个项目。", DocumentId: 1, SentenceStart: 0),
            new IndexedText(3, "增速", "增长5%。", DocumentId: 1, SentenceStart: 20));

        Assert.Equal([(1L, 2L)], Runs());
        // The shared sentence's tokens are held once, for the run; the figure alone keeps its own.
        Assert.Equal(0, Count("SELECT count(*) FROM \"IndicatorSearch\" WHERE \"IndicatorSearch\" MATCH $q", "\"Sentence\" : " + Bigrams.Query("新开工")));
        Assert.Equal(1, Count("SELECT count(*) FROM \"IndicatorRunSearch\" WHERE \"IndicatorRunSearch\" MATCH $q", Bigrams.Query("新开工")!));
        Assert.Equal(1, Count("SELECT count(*) FROM \"IndicatorSearch\" WHERE \"IndicatorSearch\" MATCH $q", "\"Sentence\" : " + Bigrams.Query("增长")));
        Assert.Equal([1L, 2L], Matching("新开工"));
        Assert.Equal([2L], Matching("开工项目"));
        Assert.Equal([1L, 2L], Matching("项目"));
        Assert.Equal([1L, 2L, 3L], Matching("。"));
        Assert.Equal([3L], Matching("增"));
    }

    [Fact]
    public void RunsEnd_AtAnotherDocument_AnotherStart_AGapInIds_AndBetweenTwoParts()
    {
        const string sentence = "新开工3个项目。";
        Write(
            new IndexedText(1, "a", sentence, DocumentId: 1, SentenceStart: 0),
            new IndexedText(2, "b", sentence, DocumentId: 2, SentenceStart: 0),
            new IndexedText(3, "c", sentence, DocumentId: 2, SentenceStart: 9),
            new IndexedText(5, "d", sentence, DocumentId: 2, SentenceStart: 9),
            new IndexedText(6, "e", sentence, DocumentId: 2, SentenceStart: 9));
        Write(new IndexedText(7, "f", sentence, DocumentId: 2, SentenceStart: 9));

        Assert.Equal([(5L, 6L)], Runs());
        Assert.Equal([1L, 2L, 3L, 5L, 6L, 7L], Matching("开工"));
    }

    [Fact]
    public void FigureWithoutSentence_HasItsLabelOnly_AndNoRun()
    {
        Write(new IndexedText(1, "完成投资", null, DocumentId: 1), new IndexedText(2, "完成投资", "", DocumentId: 1));

        Assert.Empty(Runs());
        Assert.Equal([1L, 2L], Matching("投资"));
    }

    [Fact]
    public void DeletingTheFigures_RemovesTheirRunsAndEntries()
    {
        Write(new IndexedText(1, "a", "新开工3个项目。", DocumentId: 1), new IndexedText(2, "b", "新开工3个项目。", DocumentId: 1));

        Execute("DELETE FROM \"Indicators\"");

        Assert.Empty(Runs());
        Assert.Empty(Matching("开工"));
        Assert.Equal(0, Count("SELECT count(*) FROM \"IndicatorRunSearch\" WHERE \"IndicatorRunSearch\" MATCH $q", Bigrams.Query("开工")!));
    }

    public void Dispose() => _connection.Dispose();

    private void Write(params IndexedText[] entries)
    {
        foreach (var entry in entries)
        {
            Execute($"INSERT OR IGNORE INTO \"Indicators\" (\"Id\", \"Label\") VALUES ({entry.Id}, '{entry.Label}')");
        }
        using var transaction = _connection.BeginTransaction();
        using (var writer = new SqliteBigramWriter(_connection))
        {
            foreach (var entry in entries)
            {
                writer.Write(entry);
            }
        }
        transaction.Commit();
    }

    private List<(long, long)> Runs()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT \"FirstId\", \"LastId\" FROM \"IndicatorSentenceRuns\" ORDER BY 1";
        using var reader = command.ExecuteReader();
        var runs = new List<(long, long)>();
        while (reader.Read())
        {
            runs.Add((reader.GetInt64(0), reader.GetInt64(1)));
        }
        return runs;
    }

    // The index's own query, its placeholder bound as a parameter; distinct ids in order. Its count
    // query must give their number (a run's figure matching by its label too counts once).
    private List<long> Matching(string term)
    {
        var ids = MatchingIds(term);
        using var count = _connection.CreateCommand();
        count.CommandText = SqliteBigramIndex.CountSql.Replace("{0}", "$query", StringComparison.Ordinal).Replace("{1}", "$term", StringComparison.Ordinal);
        count.Parameters.AddWithValue("$query", Bigrams.Query(term)!);
        count.Parameters.AddWithValue("$term", term);
        Assert.Equal(ids.Count, Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        return ids;
    }

    private List<long> MatchingIds(string term)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT \"Value\" FROM (" + SqliteBigramIndex.MatchingSql.Replace("{0}", "$query", StringComparison.Ordinal) + ") ORDER BY 1";
        command.Parameters.AddWithValue("$query", Bigrams.Query(term)!);
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    private int Count(string sql, string query)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$q", query);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
