using System.Text;

namespace MetricsDashboard.Exports;

/// <summary>
/// A plain CSV table: one header row of field names, one row per record, UTF-8 with BOM so that
/// Excel opens Chinese correctly, CRLF and RFC 4180 quoting, formula-like text neutralised. Filters
/// and sources are not mixed into the table (they are in the JSON and XLSX forms) so pandas and R
/// read it unchanged. Rows are written as they are read; the writer's buffer reaches the output
/// whenever it fills.
/// </summary>
public static class CsvExportWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static async Task WriteAsync(ExportTable table, Stream output, CancellationToken ct = default)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        writer.NewLine = "\r\n";
        await writer.WriteLineAsync(string.Join(',', table.Columns.Select(c => Quote(c.Name))));
        var line = new StringBuilder();
        await foreach (var row in table.Rows.WithCancellation(ct))
        {
            line.Clear();
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }
                line.Append(Quote(SpreadsheetSafety.ToCellText(row[i])));
            }
            await writer.WriteLineAsync(line, ct);
        }
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
