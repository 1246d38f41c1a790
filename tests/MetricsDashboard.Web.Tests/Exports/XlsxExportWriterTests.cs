using System.IO.Compression;
using System.Xml.Linq;
using MetricsDashboard.Web.Exports;

namespace MetricsDashboard.Web.Tests.Exports;

public sealed class XlsxExportWriterTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static async Task<ZipArchive> WriteAsync()
    {
        var stream = new MemoryStream();
        await XlsxExportWriter.WriteAsync(ExportSamples.Indicators(), stream);
        stream.Position = 0;
        return new ZipArchive(stream, ZipArchiveMode.Read);
    }

    private static XDocument Part(ZipArchive zip, string path)
    {
        using var s = zip.GetEntry(path)!.Open();
        return XDocument.Load(s);
    }

    [Fact]
    public async Task Write_Workbook_HasThreeWellFormedSheets()
    {
        using var zip = await WriteAsync();

        var sheets = Part(zip, "xl/workbook.xml").Descendants(Main + "sheet").Select(s => (string?)s.Attribute("name"));
        Assert.Equal(XlsxExportWriter.SheetNames, sheets);
        foreach (var path in new[] { "[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml" })
        {
            Assert.NotNull(Part(zip, path).Root);
        }
    }

    [Fact]
    public async Task Write_DataSheet_HasChineseTitlesAndNumericCells()
    {
        using var zip = await WriteAsync();
        var cells = Part(zip, "xl/worksheets/sheet1.xml").Descendants(Main + "c").ToDictionary(c => (string)c.Attribute("r")!);

        Assert.Equal("区县", cells["A1"].Value);
        Assert.Null(cells["B2"].Attribute("t"));
        Assert.Equal("129860000000", cells["B2"].Element(Main + "v")!.Value);
        Assert.Equal("-29.93", cells["B3"].Element(Main + "v")!.Value);
        Assert.Equal("inlineStr", (string?)cells["D3"].Attribute("t"));
        Assert.StartsWith("'=HYPERLINK", cells["D3"].Value);
        Assert.Equal("2", (string?)cells["E2"].Attribute("s"));
    }

    [Fact]
    public async Task Write_FilterSheet_StatesFiltersAndExportTime()
    {
        using var zip = await WriteAsync();
        var text = string.Join("|", Part(zip, "xl/worksheets/sheet2.xml").Descendants(Main + "t").Select(t => t.Value));

        Assert.Contains("2026-11-22 08:00:00", text);
        Assert.Contains("district|锦江区", text);
        Assert.Contains("sector|public_safety", text);
    }

    [Fact]
    public async Task Write_SourceSheet_ListsCitedArticles()
    {
        using var zip = await WriteAsync();
        var text = string.Join("|", Part(zip, "xl/worksheets/sheet3.xml").Descendants(Main + "t").Select(t => t.Value));

        Assert.Contains("锦江区消费|000.txt", text);
    }

    [Theory]
    [InlineData(1, 0, "A1")]
    [InlineData(3, 25, "Z3")]
    [InlineData(3, 27, "AB3")]
    [InlineData(10, 701, "ZZ10")]
    public void CellReference_RowAndColumn_IsA1Style(int row, int column, string expected) =>
        Assert.Equal(expected, XlsxExportWriter.CellReference(row, column));
}
