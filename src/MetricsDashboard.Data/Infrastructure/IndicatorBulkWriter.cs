using MetricsDashboard.Data.Model;
using MetricsDashboard.Data.Search;
using Microsoft.Data.Sqlite;

namespace MetricsDashboard.Data.Infrastructure;

/// <summary>
/// Inserts indicators through one prepared command inside the caller's transaction: the change
/// tracker costs more than SQLite itself at a million rows. Imports and the synthetic generator
/// both write through it, so the fast path is the tested path. Each row's text-search entry
/// (<see cref="SqliteBigramIndex"/>) is written with it: every insert of a mention goes through here.
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

    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;
    private readonly SqliteCommand _search;

    public IndicatorBulkWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText =
            $"INSERT INTO \"Indicators\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"$p{i}"))}) RETURNING \"Id\"";
        _parameters = Columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        _command.Prepare();
        _search = SqliteBigramIndex.PrepareInsert(connection, transaction);
    }

    /// <summary>Number of rows written so far.</summary>
    public int Written { get; private set; }

    /// <summary>Inserts one indicator and returns its id (a part refers to its total by id).</summary>
    public long Write(StoredIndicator i)
    {
        object?[] values =
        [
            i.DocumentId, i.ArticleId, i.Surface, i.Start, i.End, i.Value, i.ValueMax, i.Unit, i.Counter,
            i.Qualifier, i.Kind, i.Metric, i.Label, i.District, i.Sector, i.Period, Date(i.PeriodStart), Date(i.PeriodEnd),
            i.Sentence, i.SentenceStart, i.Confidence, i.ExtractorVersion, Date(i.PublishedOn), i.PublishedMonth,
            // Id 0 (NULL) lets SQLite choose it; an import chooses it so that facts can point at it.
            i.Form, i.PartOfIndicatorId, i.InHeadline, i.FactId, i.MergeReason, i.Id == 0 ? null : i.Id,
            i.ReviewStatus, i.ReviewedBy, Time(i.ReviewedAt),
        ];
        for (var p = 0; p < values.Length; p++)
        {
            _parameters[p].Value = values[p] ?? DBNull.Value;
        }
        var id = (long)_command.ExecuteScalar()!;
        SqliteBigramIndex.Insert(_search, id, i.Label, i.Sentence);
        Written++;
        return id;
    }

    public void Dispose()
    {
        _command.Dispose();
        _search.Dispose();
    }

    // EF Core stores DateOnly in SQLite as yyyy-MM-dd text; the same here, so EF reads these rows back.
    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // EF Core stores DateTime in SQLite as yyyy-MM-dd HH:mm:ss.FFFFFFF text.
    private static string? Time(DateTime? time) => time?.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
}
