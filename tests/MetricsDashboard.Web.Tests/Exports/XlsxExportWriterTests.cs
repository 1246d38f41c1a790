using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using MetricsDashboard.Exports.Xlsx;

namespace MetricsDashboard.Web.Tests.Exports;

public sealed class XlsxExportWriterTests
{
    private static async Task<XlsxWorkbook> WriteAsync(string culture = "zh-CN")
    {
        using var stream = new MemoryStream();
        await XlsxExportWriter.WriteAsync(ExportSamples.Indicators(culture), stream);
        return new XlsxWorkbook(stream.ToArray());
    }

    [Fact]
    public async Task Write_Chinese_HasThreeNamedSheetsAndIsValidOpenXml()
    {
        using var book = await WriteAsync();

        Assert.Equal(["数据", "筛选条件", "来源文章"], book.SheetNames);
        Assert.Empty(new OpenXmlValidator().Validate(book.Document).Select(e => e.Description));
    }

    [Fact]
    public async Task Write_DataSheet_HasChineseTitlesAndDisplayNamesNotCodes()
    {
        using var book = await WriteAsync();
        var cells = book.Cells(0);

        Assert.Equal(["区县", "数值", "单位", "指标", "领域", "发布日期"], new[] { "A1", "B1", "C1", "D1", "E1", "F1" }.Select(r => XlsxWorkbook.Text(cells[r])));
        Assert.Equal("消费与商贸", XlsxWorkbook.Text(cells["E2"]));
        Assert.Equal("公共安全", XlsxWorkbook.Text(cells["E3"]));
        Assert.Equal("元", XlsxWorkbook.Text(cells["C2"]));
        Assert.Equal("个数", XlsxWorkbook.Text(cells["C4"]));
    }

    [Fact]
    public async Task Write_English_HasEnglishSheetsTitlesAndNames()
    {
        using var book = await WriteAsync("en");
        var cells = book.Cells(0);

        Assert.Equal(["Data", "Filters", "Sources"], book.SheetNames);
        Assert.Equal("Area", XlsxWorkbook.Text(cells["A1"]));
        Assert.Equal("Consumption and commerce", XlsxWorkbook.Text(cells["E2"]));
        Assert.Contains("B", book.FormatCode(cells["B2"]));
    }

    [Fact]
    public async Task Write_Money_IsANumberIn元ShownIn亿元Or万元()
    {
        using var book = await WriteAsync();
        var cells = book.Cells(0);

        Assert.Null(cells["B2"].DataType);
        Assert.Equal(1.2986e11, double.Parse(cells["B2"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("亿元", book.FormatCode(cells["B2"]));
        Assert.Contains("万元", book.FormatCode(cells["B5"]));
        // Not money: a percent keeps the general format.
        Assert.Equal("-29.93", cells["B3"].CellValue!.Text);
        Assert.Equal("", book.FormatCode(cells["B3"]));
        Assert.Equal("yyyy-mm-dd", book.FormatCode(cells["F2"]));
    }

    [Fact]
    public async Task Write_FormulaLikeText_IsStoredAsTextNeverAsFormula()
    {
        using var book = await WriteAsync();
        var cell = book.Cells(0)["D3"];

        Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
        Assert.Null(cell.CellFormula);
        Assert.Equal("=HYPERLINK(\"http://x\")", XlsxWorkbook.Text(cell));
        Assert.True(book.Style(cell).QuotePrefix?.Value);
        Assert.Empty(book.Sheet(0).Descendants<CellFormula>());
    }

    [Fact]
    public async Task Write_DataSheet_HasWidthsFrozenHeaderAndAutofilterOverEveryRow()
    {
        using var book = await WriteAsync();
        var sheet = book.Sheet(0);

        Assert.Equal("A1:F5", sheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((1d, PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.State!.Value));
        var widths = sheet.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Width!.Value).ToArray();
        Assert.Equal(6, widths.Length);
        Assert.Equal(24, widths[3]);
        var filterName = book.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().Single();
        Assert.Equal("'数据'!$A$1:$F$5", filterName.Text);
    }

    [Fact]
    public async Task Write_FilterSheet_StatesLocalExportTimeAndNamedFilters()
    {
        using var book = await WriteAsync();
        var cells = book.Cells(1);
        var rows = book.Sheet(1).Descendants<Row>()
            .Select(r => string.Join("|", r.Elements<Cell>().Select(XlsxWorkbook.Text)))
            .ToArray();

        Assert.Equal("导出时间", XlsxWorkbook.Text(cells["A1"]));
        Assert.Equal(new DateTime(2026, 11, 22, 16, 0, 0).ToOADate(), double.Parse(cells["B1"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("yyyy-mm-dd hh:mm:ss", book.FormatCode(cells["B1"]));
        Assert.Equal("UTC+08:00", XlsxWorkbook.Text(cells["C1"]));
        Assert.Contains("区县|锦江区", rows);
        Assert.Contains("区县|四川省", rows);
        Assert.Contains("领域|公共安全", rows);
        Assert.Contains("行数|4", rows);
    }

    [Fact]
    public async Task Write_SourceSheet_ListsCitedArticles()
    {
        using var book = await WriteAsync();
        var cells = book.Cells(2);

        Assert.Equal("文章编号", XlsxWorkbook.Text(cells["A1"]));
        Assert.Equal(("7", "锦江区消费", "000.txt"), (XlsxWorkbook.Text(cells["A2"]), XlsxWorkbook.Text(cells["B2"]), XlsxWorkbook.Text(cells["C2"])));
        Assert.Equal("yyyy-mm-dd", book.FormatCode(cells["D2"]));
    }
}
