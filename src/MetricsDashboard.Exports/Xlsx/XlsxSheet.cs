using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MetricsDashboard.Exports.Xlsx;

/// <summary>
/// One worksheet written with the SAX-style <see cref="OpenXmlWriter"/>: the view, column widths and
/// header row first, then rows one by one as they come, then the autofilter over whatever was
/// written. No DOM of the rows is ever built.
/// </summary>
internal sealed class XlsxSheet : IDisposable
{
    private readonly XlsxPart _part;
    private readonly OpenXmlWriter _writer;
    private readonly int _columns;

    // Column letters are worked out once per sheet, not once per cell.
    private readonly string[] _columnNames;

    private XlsxSheet(XlsxPart part, int columns)
    {
        _part = part;
        _writer = part.Writer;
        _columns = columns;
        _columnNames = Enumerable.Range(0, Math.Max(columns, 4)).Select(XlsxCells.ColumnName).ToArray();
    }

    /// <summary>The last row number written (1 is the header).</summary>
    public int LastRow { get; private set; }

    /// <summary>Starts a sheet with a frozen, filterable header row of <paramref name="titles"/>.</summary>
    public static XlsxSheet Start(XlsxPackage package, IReadOnlyList<string> titles, IReadOnlyList<double> widths, bool frozenHeader)
    {
        var part = package.OpenSheet();
        var writer = part.Writer;
        writer.WriteStartElement(new Worksheet());
        if (frozenHeader)
        {
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("A2")]) })
            { WorkbookViewId = 0 }));
        }
        writer.WriteElement(new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
        var sheet = new XlsxSheet(part, titles.Count);
        if (titles.Count > 0)
        {
            sheet.WriteRow(titles.Select((t, c) => (Cell?)XlsxCells.Text(XlsxCells.Reference(1, c), t, XlsxStyles.Header)));
        }
        return sheet;
    }

    /// <summary>The reference of a cell in the next row to be written.</summary>
    public string NextReference(int column) =>
        (column < _columnNames.Length ? _columnNames[column] : XlsxCells.ColumnName(column)) + (LastRow + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void WriteRow(IEnumerable<Cell?> cells)
    {
        LastRow++;
        _writer.WriteStartElement(new Row { RowIndex = (uint)LastRow });
        foreach (var cell in cells)
        {
            if (cell is not null)
            {
                _writer.WriteElement(cell);
            }
        }
        _writer.WriteEndElement();
    }

    /// <summary>The range the autofilter covers: the header and every row written.</summary>
    public string FilterRange => $"A1:{XlsxCells.ColumnName(_columns - 1)}{Math.Max(1, LastRow)}";

    /// <summary>Closes the rows and the sheet; with <paramref name="autoFilter"/>, puts filter buttons on the header.</summary>
    public void Finish(bool autoFilter)
    {
        _writer.WriteEndElement();
        if (autoFilter && _columns > 0)
        {
            _writer.WriteElement(new AutoFilter { Reference = FilterRange });
        }
        _writer.WriteEndElement();
        _writer.Close();
    }

    public void Dispose() => _part.Dispose();
}
