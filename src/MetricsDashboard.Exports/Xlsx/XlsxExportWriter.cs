using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Exports.Xlsx;

/// <summary>
/// An Excel-ready workbook through the OpenXML SDK: sheet 1 the data (titles and code names in the
/// reader's language, typed numeric cells, money in 亿元/万元, column widths, frozen header with an
/// autofilter), sheet 2 the applied filters and the local export time, sheet 3 the cited articles.
/// Written in a streaming way: the sheets are written row by row with <see cref="OpenXmlWriter"/>
/// into a zip created over a non-seekable buffer (<see cref="XlsxPackage"/>), and the compressed
/// bytes are handed to the output every few hundred rows.
/// </summary>
public static class XlsxExportWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel's last row; a longer table is cut there and the filters sheet says so.</summary>
    public const int MaxSheetRows = 1_048_576;

    /// <summary>Rows written between two hand-overs of the compressed bytes to the output.</summary>
    private const int RowsPerDrain = 512;

    /// <summary>The unit code of amounts of money in 元.</summary>
    private static readonly string MoneyUnit = CanonicalUnit.Cny.ToWire();

    public static async Task WriteAsync(ExportTable table, Stream output, CancellationToken ct = default)
    {
        using var pending = new PendingBytesStream();
        using (var package = new XlsxPackage(pending))
        {
            var (dataRange, rows, cut) = await WriteDataAsync(package, table, pending, output, ct);
            WriteFilters(package, table, rows, cut);
            await WriteSourcesAsync(package, table, pending, output, ct);

            var texts = table.Labels.Texts;
            var workbook = new Workbook(
                new Sheets(
                    new Sheet { Name = texts.DataSheet, SheetId = 1, Id = XlsxPackage.SheetRelationshipId(1) },
                    new Sheet { Name = texts.FiltersSheet, SheetId = 2, Id = XlsxPackage.SheetRelationshipId(2) },
                    new Sheet { Name = texts.SourcesSheet, SheetId = 3, Id = XlsxPackage.SheetRelationshipId(3) }),
                // Excel names the range of an autofilter; without the name it repairs the file on open.
                new DefinedNames(new DefinedName(AbsoluteRange(texts.DataSheet, dataRange)) { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true }));
            workbook.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            package.WritePart("xl/workbook.xml", workbook);
            package.WritePart("xl/styles.xml", XlsxStyles.Create(table.Labels.IsChinese));
            package.Finish();
        }
        await pending.DrainToAsync(output, ct);
    }

    private static async Task<(string Range, int Rows, bool Cut)> WriteDataAsync(XlsxPackage package, ExportTable table, PendingBytesStream pending, Stream output, CancellationToken ct)
    {
        var labels = table.Labels;
        var columns = table.Columns;
        using var sheet = XlsxSheet.Start(package, columns.Select(labels.Title).ToArray(), columns.Select(c => c.Width).ToArray(), frozenHeader: true);
        var unitColumn = IndexOf(columns, c => c.Codes == ExportCodeList.Unit);
        var cut = false;
        await foreach (var row in table.Rows.WithCancellation(ct))
        {
            if (sheet.LastRow >= MaxSheetRows)
            {
                cut = true;
                break;
            }
            var isMoney = unitColumn >= 0 && row[unitColumn] is string unit && unit == MoneyUnit;
            var cells = new Cell?[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                var reference = sheet.NextReference(c);
                cells[c] = row[c] switch
                {
                    string code when columns[c].Codes != ExportCodeList.None => XlsxCells.Text(reference, labels.Display(columns[c].Codes, code)),
                    var amount when isMoney && columns[c].IsAmount => XlsxCells.Money(reference, amount, labels.IsChinese),
                    var value => XlsxCells.Value(reference, value),
                };
            }
            sheet.WriteRow(cells);
            if (sheet.LastRow % RowsPerDrain == 0)
            {
                await pending.DrainToAsync(output, ct);
            }
        }
        var range = sheet.FilterRange;
        sheet.Finish(autoFilter: true);
        return (range, sheet.LastRow - 1, cut);
    }

    private static void WriteFilters(XlsxPackage package, ExportTable table, int rows, bool cut)
    {
        var labels = table.Labels;
        var texts = labels.Texts;
        using var sheet = XlsxSheet.Start(package, [], [18, 40, 12], frozenHeader: false);
        // The local time as a real date-time cell, and its offset from UTC beside it so the reader knows whose local time.
        var at = table.ExportedAt;
        sheet.WriteRow([
            XlsxCells.Text(sheet.NextReference(0), texts.ExportedAt, XlsxStyles.Header),
            XlsxCells.Value(sheet.NextReference(1), at.DateTime),
            XlsxCells.Text(sheet.NextReference(2), "UTC" + at.ToString("zzz", CultureInfo.InvariantCulture)),
        ]);
        sheet.WriteRow([XlsxCells.Text(sheet.NextReference(0), texts.DataName, XlsxStyles.Header), XlsxCells.Text(sheet.NextReference(1), table.Name)]);
        sheet.WriteRow([XlsxCells.Text(sheet.NextReference(0), texts.RowCount, XlsxStyles.Header), XlsxCells.Number(sheet.NextReference(1), rows)]);
        sheet.WriteRow([XlsxCells.Text(sheet.NextReference(0), texts.Filter, XlsxStyles.Header), XlsxCells.Text(sheet.NextReference(1), texts.Value, XlsxStyles.Header)]);
        var filters = table.Filters.ToList();
        if (cut && !filters.Any(f => f.Key == ExportFilters.TruncatedAt))
        {
            filters.Add(new(ExportFilters.TruncatedAt, (MaxSheetRows - 1).ToString(CultureInfo.InvariantCulture)));
        }
        if (filters.Count == 0)
        {
            sheet.WriteRow([XlsxCells.Text(sheet.NextReference(0), texts.NoFilters)]);
        }
        foreach (var (key, value) in filters)
        {
            sheet.WriteRow([XlsxCells.Text(sheet.NextReference(0), labels.FilterKey(key)), XlsxCells.Text(sheet.NextReference(1), labels.FilterValue(key, value))]);
        }
        sheet.Finish(autoFilter: false);
    }

    private static async Task WriteSourcesAsync(XlsxPackage package, ExportTable table, PendingBytesStream pending, Stream output, CancellationToken ct)
    {
        var texts = table.Labels.Texts;
        using var sheet = XlsxSheet.Start(package, [texts.ArticleId, texts.ArticleTitle, texts.ArticleDoc, texts.ArticlePublishedOn], [10, 48, 24, 12], frozenHeader: true);
        await foreach (var source in table.Sources.WithCancellation(ct))
        {
            if (sheet.LastRow >= MaxSheetRows)
            {
                break;
            }
            sheet.WriteRow([
                XlsxCells.Value(sheet.NextReference(0), source.ArticleId),
                XlsxCells.Value(sheet.NextReference(1), source.Title),
                XlsxCells.Value(sheet.NextReference(2), source.FileName),
                XlsxCells.Value(sheet.NextReference(3), source.PublishedOn),
            ]);
            if (sheet.LastRow % RowsPerDrain == 0)
            {
                await pending.DrainToAsync(output, ct);
            }
        }
        sheet.Finish(autoFilter: true);
    }

    private static int IndexOf(IReadOnlyList<ExportColumn> columns, Func<ExportColumn, bool> predicate)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (predicate(columns[i]))
            {
                return i;
            }
        }
        return -1;
    }

    // 'Sheet name'!$A$1:$T$20 — the form a defined name needs.
    private static string AbsoluteRange(string sheetName, string range)
    {
        var parts = range.Split(':');
        return $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!{Absolute(parts[0])}:{Absolute(parts[1])}";

        static string Absolute(string reference)
        {
            var digits = reference.IndexOfAny("0123456789".ToCharArray());
            return "$" + reference[..digits] + "$" + reference[digits..];
        }
    }
}
