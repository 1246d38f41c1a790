using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace MetricsDashboard.Web.Exports;

/// <summary>
/// A minimal Office Open XML workbook, written directly (no spreadsheet package is available here):
/// sheet 1 the table with typed numeric cells and a frozen header row, sheet 2 the applied filters
/// and the export time, sheet 3 the source articles cited. Text uses inline strings, so no shared
/// string table is needed; text is neutralised against formula injection.
/// </summary>
public static class XlsxExportWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Sheet titles, in the order of the workbook.</summary>
    public static readonly string[] SheetNames = ["数据 Data", "筛选 Filters", "来源 Sources"];

    public static async Task WriteAsync(ExportTable table, Stream output, CancellationToken ct = default)
    {
        // ZipArchive needs a seekable stream to write its central directory efficiently.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteEntry(zip, "[Content_Types].xml", ContentTypes);
            WriteEntry(zip, "_rels/.rels", RootRelationships);
            WriteEntry(zip, "xl/workbook.xml", Workbook);
            WriteEntry(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships);
            WriteTextEntry(zip, "xl/styles.xml", Styles);
            WriteEntry(zip, "xl/worksheets/sheet1.xml", xml => DataSheet(xml, table));
            WriteEntry(zip, "xl/worksheets/sheet2.xml", xml => FilterSheet(xml, table));
            WriteEntry(zip, "xl/worksheets/sheet3.xml", xml => SourceSheet(xml, table));
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

    private static void WriteEntry(ZipArchive zip, string path, Action<XmlWriter> body)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
        using var stream = entry.Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        body(xml);
        xml.WriteEndDocument();
    }

    private static void WriteTextEntry(ZipArchive zip, string path, string xml)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
        using var writer = new StreamWriter(entry.Open(), new System.Text.UTF8Encoding(false));
        writer.Write(xml);
    }

    private static void DataSheet(XmlWriter xml, ExportTable table)
    {
        StartSheet(xml, frozenHeader: true);
        var r = 1;
        StartRow(xml, r);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            TextCell(xml, r, c, table.Columns[c].Title, style: 1);
        }
        xml.WriteEndElement();
        foreach (var row in table.Rows)
        {
            r++;
            StartRow(xml, r);
            for (var c = 0; c < row.Length; c++)
            {
                ValueCell(xml, r, c, row[c]);
            }
            xml.WriteEndElement();
        }
        EndSheet(xml);
    }

    private static void FilterSheet(XmlWriter xml, ExportTable table)
    {
        StartSheet(xml, frozenHeader: false);
        var rows = new List<(string, string)> { ("导出时间 Exported at", table.ExportedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)), ("数据 Data", table.Name), ("行数 Rows", table.Rows.Count.ToString(CultureInfo.InvariantCulture)) };
        rows.AddRange(table.Filters.Count == 0
            ? [("筛选条件 Filters", "无（全部数据） none (all data)")]
            : table.Filters.Select(f => (f.Key, f.Value)));
        var r = 0;
        foreach (var (key, value) in rows)
        {
            r++;
            StartRow(xml, r);
            TextCell(xml, r, 0, key, style: 1);
            TextCell(xml, r, 1, value, style: 0);
            xml.WriteEndElement();
        }
        EndSheet(xml);
    }

    private static void SourceSheet(XmlWriter xml, ExportTable table)
    {
        StartSheet(xml, frozenHeader: true);
        string[] header = ["文章编号 article_id", "标题 title", "文件 doc", "发布日期 published_on"];
        StartRow(xml, 1);
        for (var c = 0; c < header.Length; c++)
        {
            TextCell(xml, 1, c, header[c], style: 1);
        }
        xml.WriteEndElement();
        var r = 1;
        foreach (var source in table.Sources)
        {
            r++;
            StartRow(xml, r);
            ValueCell(xml, r, 0, source.ArticleId);
            ValueCell(xml, r, 1, source.Title);
            ValueCell(xml, r, 2, source.FileName);
            ValueCell(xml, r, 3, source.PublishedOn);
            xml.WriteEndElement();
        }
        EndSheet(xml);
    }

    private static void StartSheet(XmlWriter xml, bool frozenHeader)
    {
        xml.WriteStartElement("worksheet", MainNs);
        if (frozenHeader)
        {
            xml.WriteStartElement("sheetViews", MainNs);
            xml.WriteStartElement("sheetView", MainNs);
            xml.WriteAttributeString("workbookViewId", "0");
            xml.WriteStartElement("pane", MainNs);
            xml.WriteAttributeString("ySplit", "1");
            xml.WriteAttributeString("topLeftCell", "A2");
            xml.WriteAttributeString("activePane", "bottomLeft");
            xml.WriteAttributeString("state", "frozen");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteStartElement("sheetData", MainNs);
    }

    private static void EndSheet(XmlWriter xml)
    {
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void StartRow(XmlWriter xml, int row)
    {
        xml.WriteStartElement("row", MainNs);
        xml.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
    }

    private static void ValueCell(XmlWriter xml, int row, int column, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case double d when double.IsFinite(d):
                NumberCell(xml, row, column, d.ToString("R", CultureInfo.InvariantCulture), style: 0);
                return;
            case int i:
                NumberCell(xml, row, column, i.ToString(CultureInfo.InvariantCulture), style: 0);
                return;
            case long l:
                NumberCell(xml, row, column, l.ToString(CultureInfo.InvariantCulture), style: 0);
                return;
            case DateOnly date:
                // Excel dates are days since 1899-12-30, shown with the date style.
                var serial = date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;
                NumberCell(xml, row, column, serial.ToString(CultureInfo.InvariantCulture), style: 2);
                return;
            default:
                TextCell(xml, row, column, SpreadsheetSafety.ToCellText(value), style: 0);
                return;
        }
    }

    private static void NumberCell(XmlWriter xml, int row, int column, string number, int style)
    {
        xml.WriteStartElement("c", MainNs);
        xml.WriteAttributeString("r", CellReference(row, column));
        if (style != 0)
        {
            xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        }
        xml.WriteElementString("v", MainNs, number);
        xml.WriteEndElement();
    }

    private static void TextCell(XmlWriter xml, int row, int column, string text, int style)
    {
        xml.WriteStartElement("c", MainNs);
        xml.WriteAttributeString("r", CellReference(row, column));
        xml.WriteAttributeString("t", "inlineStr");
        if (style != 0)
        {
            xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        }
        xml.WriteStartElement("is", MainNs);
        xml.WriteStartElement("t", MainNs);
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(SpreadsheetSafety.Neutralise(StripControl(text)));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    // XML 1.0 cannot carry most control characters; an article with one must still export.
    private static string StripControl(string text) =>
        text.Any(ch => ch < 0x20 && ch is not '\t' and not '\n' and not '\r')
            ? new string(text.Where(ch => ch >= 0x20 || ch is '\t' or '\n' or '\r').ToArray())
            : text;

    /// <summary>A1-style reference: (1, 0) → A1, (3, 27) → AB3.</summary>
    public static string CellReference(int row, int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private static void ContentTypes(XmlWriter xml)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        xml.WriteStartElement("Types", ns);
        Default(xml, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, ns, "xml", "application/xml");
        Override(xml, ns, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(xml, ns, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        for (var i = 1; i <= SheetNames.Length; i++)
        {
            Override(xml, ns, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }
        xml.WriteEndElement();

        static void Default(XmlWriter xml, string ns, string extension, string type)
        {
            xml.WriteStartElement("Default", ns);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        static void Override(XmlWriter xml, string ns, string part, string type)
        {
            xml.WriteStartElement("Override", ns);
            xml.WriteAttributeString("PartName", part);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }
    }

    private static void RootRelationships(XmlWriter xml)
    {
        xml.WriteStartElement("Relationships", PackageRelNs);
        Relationship(xml, "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml");
        xml.WriteEndElement();
    }

    private static void Workbook(XmlWriter xml)
    {
        xml.WriteStartElement("workbook", MainNs);
        xml.WriteAttributeString("xmlns", "r", null, RelNs);
        xml.WriteStartElement("sheets", MainNs);
        for (var i = 0; i < SheetNames.Length; i++)
        {
            xml.WriteStartElement("sheet", MainNs);
            xml.WriteAttributeString("name", SheetNames[i]);
            xml.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("id", RelNs, $"rId{i + 1}");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WorkbookRelationships(XmlWriter xml)
    {
        xml.WriteStartElement("Relationships", PackageRelNs);
        for (var i = 1; i <= SheetNames.Length; i++)
        {
            Relationship(xml, $"rId{i}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", $"worksheets/sheet{i}.xml");
        }
        Relationship(xml, $"rId{SheetNames.Length + 1}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml");
        xml.WriteEndElement();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", PackageRelNs);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }

    // Style 0: default; 1: bold header; 2: yyyy-mm-dd date.
    private const string Styles =
        $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="{MainNs}">
        <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
        <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
        </styleSheet>
        """;
}
