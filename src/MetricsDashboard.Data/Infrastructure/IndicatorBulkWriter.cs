using System.Data.Common;
using MetricsDashboard.Data.Model;
using Microsoft.Data.Sqlite;
using MetricsDashboard.Data.Search;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// Inserts indicators through one prepared command inside the caller's transaction: the change
/// tracker costs more than the database itself at a million rows. Imports and the synthetic generator
/// both write through it, so the fast path is the tested path. The same statement on SQLite and
/// PostgreSQL; only dates are bound as each stores them (<see cref="SqlDialect.Date"/>). Every insert
/// of a mention goes through here, so every mention reaches the provider's text index
/// (<see cref="IIndicatorTextIndex"/>): written by the writer in chunks, or handed to the caller's
/// sink (the importer writes a whole batch's entries at its commit).
/// </summary>
public sealed class IndicatorBulkWriter : IDisposable
{
    private static readonly string[] Columns =
    [
        "DocumentId", "ArticleId", "Surface", "Start", "End", "Value", "ValueMax", "Unit", "Counter",
        "Qualifier", "Kind", "Metric", "Label", "District", "Sector", "Period", "PeriodStart", "PeriodEnd",
        "Sentence", "SentenceStart", "Confidence", "ExtractorVersion", "PublishedOn", "PublishedMonth",
        "Form", "PartOfIndicatorId", "InHeadline", "FactId", "MergeReason", "Id",
        "ReviewStatus", "ReviewedBy", "ReviewedAt",
    ];

    private static readonly int IdColumn = Array.IndexOf(Columns, "Id");

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly SqlDialect _dialect;
    private readonly DbCommand? _command;
    private readonly DbParameter[] _parameters = [];
    // SQLite: the row bound by position on the connection's handle (SqliteRowStatement says why).
    private readonly SqliteRowStatement? _rows;
    private readonly IIndicatorTextIndex? _index;
    private readonly ICollection<IndexedText>? _textSink;
    private readonly List<IndexedText> _texts = [];
    private long _nextId;
    private bool _disposed;

    // Entries the writer indexes itself are written this many at a time.
    private const int TextChunk = 4096;

    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The caller's transaction.</param>
    /// <param name="textSink">Where the rows' text-index entries go for the caller to write
    /// (<see cref="IIndicatorTextIndex.Add"/>); null: the writer writes them, in chunks and when disposed.</param>
    public IndicatorBulkWriter(DbConnection connection, DbTransaction transaction, ICollection<IndexedText>? textSink = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        (_connection, _transaction, _dialect) = (connection, transaction, SqlDialect.For(connection));
        var sql = $"INSERT INTO \"Indicators\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))})";
        if (connection is SqliteConnection sqlite)
        {
            _rows = new SqliteRowStatement(sqlite, sql);
        }
        else
        {
            _command = SqlDialect.Command(connection, transaction, sql);
            _parameters = Columns.Select((_, i) => SqlDialect.Add(_command, $"@p{i}")).ToArray();
        }
        _index = IndicatorTextIndex.For(connection);
        _textSink = textSink;
    }

    /// <summary>Number of rows written so far.</summary>
    public int Written { get; private set; }

    /// <summary>Inserts one indicator and returns its id (a part refers to its total by id).</summary>
    public long Write(StoredIndicator i)
    {
        object?[] values =
        [
            i.DocumentId, i.ArticleId, i.Surface, i.Start, i.End, i.Value, i.ValueMax, i.Unit.ToWire(), i.Counter,
            i.Qualifier.ToWire(), i.Kind.ToWire(), i.Metric, i.Label, i.District, i.Sector, i.Period, _dialect.Date(i.PeriodStart), _dialect.Date(i.PeriodEnd),
            i.Sentence, i.SentenceStart, i.Confidence, i.ExtractorVersion, _dialect.Date(i.PublishedOn), i.PublishedMonth,
            // An import chooses ids so that facts can point at them; id 0 takes the next free one.
            i.Form.ToWire(), i.PartOfIndicatorId, i.InHeadline, i.FactId, i.MergeReason, i.Id == 0 ? NextId() : i.Id,
            i.ReviewStatus, i.ReviewedBy, i.ReviewedAt is DateTime at ? _dialect.Timestamp(at) : null,
        ];
        if (_rows is not null)
        {
            for (var p = 0; p < values.Length; p++)
            {
                _rows.Bind(p, values[p]);
            }
            _rows.Execute();
        }
        else
        {
            for (var p = 0; p < values.Length; p++)
            {
                _parameters[p].Value = values[p] ?? DBNull.Value;
            }
            if (Written == 0)
            {
                _dialect.Prepare(_command!);
            }
            _command!.ExecuteNonQuery();
        }
        var id = (long)values[IdColumn]!;
        if (_textSink is not null)
        {
            _textSink.Add(new IndexedText(id, i.Label, i.Sentence, i.DocumentId, i.SentenceStart));
        }
        else if (_index is not null)
        {
            _texts.Add(new IndexedText(id, i.Label, i.Sentence, i.DocumentId, i.SentenceStart));
            if (_texts.Count >= TextChunk)
            {
                FlushTexts();
            }
        }
        Written++;
        _nextId = Math.Max(_nextId, id + 1);
        return id;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _command?.Dispose();
        _rows?.Dispose();
        FlushTexts();
        if (Written > 0 && _dialect.SyncIdentitySql("Indicators") is { Length: > 0 } sync)
        {
            using var command = SqlDialect.Command(_connection, _transaction, sync);
            command.ExecuteScalar();
        }
    }

    private void FlushTexts()
    {
        if (_texts.Count > 0)
        {
            _index!.Add(_connection, _transaction, _texts);
            _texts.Clear();
        }
    }

    // Ids are chosen by the writer, not the engine, so that a row's id is known without a round trip
    // back and is the same on both engines (one writer at a time: imports hold the import lease).
    private long NextId()
    {
        if (_nextId == 0)
        {
            using var command = SqlDialect.Command(_connection, _transaction, "SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"Indicators\"");
            _nextId = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        return _nextId;
    }
}
