using System.Globalization;
using MetricsDashboard.Data.Model;
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

    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _assign;

    public FactTable(SqliteConnection connection, SqliteTransaction transaction)
    {
        var names = string.Join(", ", Columns.Select(c => $"\"{c}\""));
        var values = string.Join(", ", Columns.Select((_, i) => $"$p{i}"));
        _insert = Prepare(connection, transaction, $"INSERT INTO \"Facts\" (\"Id\", {names}) VALUES ($id, {values}) RETURNING \"Id\"", Columns.Length);
        _update = Prepare(connection, transaction,
            $"UPDATE \"Facts\" SET {string.Join(", ", Columns.Select((c, i) => $"\"{c}\" = $p{i}"))} WHERE \"Id\" = $id", Columns.Length);
        _delete = Prepare(connection, transaction, "DELETE FROM \"Facts\" WHERE \"Id\" = $id", 0);
        _assign = connection.CreateCommand();
        _assign.Transaction = transaction;
        _assign.CommandText = "UPDATE \"Indicators\" SET \"FactId\" = $fact, \"MergeReason\" = $reason WHERE \"Id\" = $id";
        _assign.Parameters.Add(new SqliteParameter("$fact", null));
        _assign.Parameters.Add(new SqliteParameter("$reason", null));
        _assign.Parameters.Add(new SqliteParameter("$id", null));
        _assign.Prepare();
    }

    /// <summary>Inserts a fact (with its own id when <see cref="Fact.Id"/> is set) and returns its id.</summary>
    public long Insert(Fact fact)
    {
        Bind(_insert, fact);
        _insert.Parameters["$id"].Value = fact.Id == 0 ? DBNull.Value : fact.Id;
        return (long)_insert.ExecuteScalar()!;
    }

    public void Update(Fact fact)
    {
        Bind(_update, fact);
        _update.Parameters["$id"].Value = fact.Id;
        _update.ExecuteNonQuery();
    }

    public void Delete(long factId)
    {
        _delete.Parameters["$id"].Value = factId;
        _delete.ExecuteNonQuery();
    }

    /// <summary>Links a mention to its fact, with the reason it joined.</summary>
    public void Assign(long indicatorId, long factId, string reason)
    {
        _assign.Parameters[0].Value = factId;
        _assign.Parameters[1].Value = reason;
        _assign.Parameters[2].Value = indicatorId;
        _assign.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _insert.Dispose();
        _update.Dispose();
        _delete.Dispose();
        _assign.Dispose();
    }

    private static void Bind(SqliteCommand command, Fact f)
    {
        object?[] values =
        [
            f.Metric, f.Unit, f.Counter, f.Kind, f.District, f.Sector, f.Period, Date(f.PeriodStart), Date(f.PeriodEnd), f.PeriodGrain,
            f.Value, f.ValueMax, f.Qualifier, f.Label, f.MeasureKey, f.IsAmount, f.TotalFactId, f.IsSummable,
            f.RepresentativeIndicatorId, f.MentionCount, Date(f.PublishedOn),
        ];
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }
        command.Parameters.Add(new SqliteParameter("$id", null));
        command.Prepare();
        return command;
    }

    // EF Core stores DateOnly in SQLite as yyyy-MM-dd text; the same here.
    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A fact whose required columns are still empty, to be filled by <see cref="FactReading.Apply"/>.</summary>
    public static Fact Blank(long id) => new()
    {
        Id = id, Metric = "", Unit = "", Kind = "", Sector = "", PeriodGrain = PeriodGrain.None, Qualifier = "", Label = "",
    };
}
