using System.Data.Common;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Extraction.Model;
using Microsoft.Data.Sqlite;

namespace MetricsDashboard.Data.Facts;

/// <summary>
/// Prepared statements over the Facts table and the mentions' fact columns, inside the caller's
/// transaction: an import touches a few dozen facts, a backfill a million, both through here.
/// </summary>
internal sealed class FactTable : IDisposable
{
    private static readonly string[] Columns =
    [
        "Metric", "Unit", "Counter", "Kind", "District", "Sector", "Period", "PeriodStart", "PeriodEnd", "PeriodGrain",
        "Value", "ValueMax", "Qualifier", "Label", "MeasureKey", "IsAmount", "TotalFactId", "IsSummable",
        "RepresentativeIndicatorId", "MentionCount", "PublishedOn",
    ];

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly SqlDialect _dialect;
    private DbCommand? _insert;
    // SQLite: inserts bound by position on the connection's handle (see SqliteRowStatement).
    private SqliteRowStatement? _rowInsert;
    private DbCommand? _update;
    private DbCommand? _delete;
    private DbCommand? _assign;
    private long _nextId;
    private bool _inserted;
    private bool _disposed;

    public FactTable(DbConnection connection, DbTransaction transaction)
    {
        (_connection, _transaction, _dialect) = (connection, transaction, SqlDialect.For(connection));
    }

    // Each statement is compiled when first used: an import makes one table per file and mostly only inserts.
    private static string InsertSql => $"INSERT INTO \"Facts\" ({Names}, \"Id\") VALUES ({Values}, @id)";

    private DbCommand InsertCommand => _insert ??= Prepare(InsertSql, Columns.Length);

    private DbCommand UpdateCommand => _update ??= Prepare($"UPDATE \"Facts\" SET {string.Join(", ", Columns.Select((c, i) => $"\"{c}\" = @p{i}"))} WHERE \"Id\" = @id", Columns.Length);

    private DbCommand DeleteCommand => _delete ??= Prepare("DELETE FROM \"Facts\" WHERE \"Id\" = @id", 0);

    private DbCommand AssignCommand
    {
        get
        {
            if (_assign is null)
            {
                _assign = SqlDialect.Command(_connection, _transaction,
                    "UPDATE \"Indicators\" SET \"FactId\" = @fact, \"MergeReason\" = @reason WHERE \"Id\" = @id", ("@fact", 0L), ("@reason", ""), ("@id", 0L));
                _dialect.Prepare(_assign);
            }
            return _assign;
        }
    }

    private static readonly string Names = string.Join(", ", Columns.Select(c => $"\"{c}\""));

    private static readonly string Values = string.Join(", ", Columns.Select((_, i) => $"@p{i}"));

    /// <summary>Inserts a fact (with its own id when <see cref="Fact.Id"/> is set, else the next free one) and returns its id.</summary>
    public long Insert(Fact fact)
    {
        var id = fact.Id == 0 ? NextId() : fact.Id;
        if (_connection is SqliteConnection sqlite)
        {
            _rowInsert ??= new SqliteRowStatement(sqlite, InsertSql);
            var values = RowValues(fact);
            for (var i = 0; i < values.Length; i++)
            {
                _rowInsert.Bind(i, values[i]);
            }
            _rowInsert.Bind(values.Length, id);
            _rowInsert.Execute();
        }
        else
        {
            var insert = InsertCommand;
            Bind(insert, fact);
            insert.Parameters[^1].Value = id;
            insert.ExecuteNonQuery();
        }
        _nextId = Math.Max(_nextId, id + 1);
        _inserted = true;
        return id;
    }

    public void Update(Fact fact)
    {
        var update = UpdateCommand;
        Bind(update, fact);
        update.Parameters[^1].Value = fact.Id;
        update.ExecuteNonQuery();
    }

    public void Delete(long factId)
    {
        DeleteCommand.Parameters[^1].Value = factId;
        DeleteCommand.ExecuteNonQuery();
    }

    /// <summary>Links a mention to its fact, with the reason it joined.</summary>
    public void Assign(long indicatorId, long factId, string reason)
    {
        var assign = AssignCommand;
        assign.Parameters[0].Value = factId;
        assign.Parameters[1].Value = reason;
        assign.Parameters[2].Value = indicatorId;
        assign.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        if (_inserted && _dialect.SyncIdentitySql("Facts") is { Length: > 0 } sync)
        {
            using var command = SqlDialect.Command(_connection, _transaction, sync);
            command.ExecuteScalar();
        }
        _insert?.Dispose();
        _rowInsert?.Dispose();
        _update?.Dispose();
        _delete?.Dispose();
        _assign?.Dispose();
    }

    // The fact's values in the order of Columns.
    private object?[] RowValues(Fact f) =>
    [
        f.Metric, f.Unit.ToWire(), f.Counter, f.Kind.ToWire(), f.District, f.Sector, f.Period, _dialect.Date(f.PeriodStart), _dialect.Date(f.PeriodEnd), f.PeriodGrain,
        f.Value, f.ValueMax, f.Qualifier.ToWire(), f.Label, f.MeasureKey, f.IsAmount, f.TotalFactId, f.IsSummable,
        f.RepresentativeIndicatorId, f.MentionCount, _dialect.Date(f.PublishedOn),
    ];

    private void Bind(DbCommand command, Fact f)
    {
        var values = RowValues(f);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private DbCommand Prepare(string sql, int parameters)
    {
        var command = SqlDialect.Command(_connection, _transaction, sql);
        for (var i = 0; i < parameters; i++)
        {
            SqlDialect.Add(command, $"@p{i}");
        }
        SqlDialect.Add(command, "@id");
        _dialect.Prepare(command);
        return command;
    }

    private long NextId()
    {
        if (_nextId == 0)
        {
            using var command = SqlDialect.Command(_connection, _transaction, "SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"Facts\"");
            _nextId = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        return _nextId;
    }

    /// <summary>A fact whose required columns are still empty, to be filled by <see cref="FactReading.Apply"/>.</summary>
    public static Fact Blank(long id) => new()
    {
        Id = id, Metric = "", Unit = CanonicalUnit.Other, Kind = IndicatorKind.Actual, Sector = "", PeriodGrain = PeriodGrain.None, Qualifier = Qualifier.Exact, Label = "",
    };
}
