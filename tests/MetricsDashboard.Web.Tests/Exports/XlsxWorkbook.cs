using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MetricsDashboard.Web.Tests.Exports;

/// <summary>A written workbook opened with the OpenXML SDK, with the lookups the tests need.</summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private readonly MemoryStream _stream;

    public XlsxWorkbook(byte[] bytes)
    {
        _stream = new MemoryStream(bytes);
        Document = SpreadsheetDocument.Open(_stream, isEditable: false);
    }

    public SpreadsheetDocument Document { get; }

    public WorkbookPart WorkbookPart => Document.WorkbookPart!;

    public IReadOnlyList<string> SheetNames => WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToArray();

    public Worksheet Sheet(int index)
    {
        var sheet = WorkbookPart.Workbook.Sheets!.Elements<Sheet>().ElementAt(index);
        return ((WorksheetPart)WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    public Dictionary<string, Cell> Cells(int sheet) =>
        Sheet(sheet).Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

    /// <summary>The shown text of a cell: its inline string or its value.</summary>
    public static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    /// <summary>The style of a cell.</summary>
    public CellFormat Style(Cell cell) =>
        WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    /// <summary>The number format code of a cell ("" for the built-in general format).</summary>
    public string FormatCode(Cell cell)
    {
        var id = Style(cell).NumberFormatId?.Value ?? 0;
        return WorkbookPart.WorkbookStylesPart!.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value ?? "";
    }

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }
}
