using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MetricsDashboard.Exports;

/// <summary>
/// JSON form of a download: <c>{ "name", "exported_at", "filters": {…}, "sources": […], "rows": [{…}] }</c>,
/// each row an object keyed by the field names of INDICATORS.md. Chinese is written as characters.
/// Written as the rows are read, flushed to the output every 32 KB, so memory does not grow with the file.
/// </summary>
public static class JsonExportWriter
{
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>Bytes held by the writer before they are flushed to the output.</summary>
    private const int FlushThreshold = 32 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static async Task WriteAsync(ExportTable table, Stream output, CancellationToken ct = default)
    {
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("name", table.Name);
        json.WriteString("exported_at", table.ExportedAt.ToString("O", CultureInfo.InvariantCulture));
        WriteFilters(json, table.Filters);
        json.WriteStartArray("sources");
        await foreach (var source in table.Sources.WithCancellation(ct))
        {
            json.WriteStartObject();
            json.WriteNumber("article_id", source.ArticleId);
            json.WriteString("title", source.Title);
            json.WriteString("doc", source.FileName);
            json.WriteString("published_on", source.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteEndObject();
            await FlushWhenFullAsync(json, ct);
        }
        json.WriteEndArray();
        json.WriteStartArray("rows");
        await foreach (var row in table.Rows.WithCancellation(ct))
        {
            json.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                json.WritePropertyName(table.Columns[i].Name);
                WriteValue(json, row[i]);
            }
            json.WriteEndObject();
            await FlushWhenFullAsync(json, ct);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static void WriteFilters(Utf8JsonWriter json, IReadOnlyList<KeyValuePair<string, string>> filters)
    {
        json.WriteStartObject("filters");
        foreach (var group in filters.GroupBy(f => f.Key))
        {
            json.WriteStartArray(group.Key);
            foreach (var (_, value) in group)
            {
                json.WriteStringValue(value);
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static async ValueTask FlushWhenFullAsync(Utf8JsonWriter json, CancellationToken ct)
    {
        if (json.BytesPending > FlushThreshold)
        {
            await json.FlushAsync(ct);
        }
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case double d: json.WriteNumberValue(d); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case bool b: json.WriteBooleanValue(b); break;
            case DateOnly date: json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            default: json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }
}
