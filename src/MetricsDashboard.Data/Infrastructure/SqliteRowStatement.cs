using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// One SQLite statement run row after row with its values bound by position, straight on the
/// connection's handle (so inside whatever transaction and savepoint it has open). For the
/// importer's per-row inserts and look-ups: a <see cref="SqliteCommand"/> looks every parameter up by
/// name and creates a data reader at each execute, which cost more than SQLite's own insert of the row.
/// Binds the value types the inserts use as Microsoft.Data.Sqlite binds them (bool as 0/1; dates and
/// times arrive as text from <see cref="SqlDialect"/>); any other type is refused.
/// </summary>
internal sealed class SqliteRowStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteRowStatement(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        ParameterCount = raw.sqlite3_bind_parameter_count(_statement);
    }

    /// <summary>Number of parameters of the statement (bound 0-based).</summary>
    public int ParameterCount { get; }

    /// <summary>Binds the value of parameter <paramref name="index"/> (0-based) for the next <see cref="Execute"/>.</summary>
    public void Bind(int index, object? value)
    {
        var position = index + 1;
        Check(value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, position),
            string text => raw.sqlite3_bind_text(_statement, position, text),
            long number => raw.sqlite3_bind_int64(_statement, position, number),
            int number => raw.sqlite3_bind_int64(_statement, position, number),
            bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
            double number when double.IsNaN(number) => throw new InvalidOperationException("NaN cannot be stored"),
            double number => raw.sqlite3_bind_double(_statement, position, number),
            _ => throw new NotSupportedException($"no binding for {value.GetType().Name}"),
        });
    }

    /// <summary>Binds UTF-8 text (SQLite copies it) to parameter <paramref name="index"/> (0-based).</summary>
    public void BindUtf8(int index, ReadOnlySpan<byte> utf8) => Check(raw.sqlite3_bind_text(_statement, index + 1, utf8));

    /// <summary>Runs the statement with the values bound (a statement that returns no rows).</summary>
    public void Execute()
    {
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            // After the reset the handle holds the statement's error (a constraint, a full disk).
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), raw.sqlite3_extended_errcode(_db));
        }
    }

    /// <summary>
    /// Steps a query: true with a row to read through <see cref="Int64"/>, <see cref="Double"/> and
    /// <see cref="Text"/>; false when it has no more (the statement is then reset for new values).
    /// A caller that stops before the last row calls <see cref="Reset"/>.
    /// </summary>
    public bool Read()
    {
        var result = raw.sqlite3_step(_statement);
        if (result == raw.SQLITE_ROW)
        {
            return true;
        }
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), raw.sqlite3_extended_errcode(_db));
        }
        return false;
    }

    /// <summary>Ends a query before its last row, for the next values.</summary>
    public void Reset() => raw.sqlite3_reset(_statement);

    /// <summary>Column <paramref name="column"/> (0-based) of the current row as an integer.</summary>
    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    /// <summary>Column <paramref name="column"/> (0-based) of the current row as a real.</summary>
    public double Double(int column) => raw.sqlite3_column_double(_statement, column);

    /// <summary>Column <paramref name="column"/> (0-based) of the current row as text; null for NULL.</summary>
    public string? Text(int column) =>
        raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(_statement, column).utf8_to_string();

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), result);
        }
    }
}
