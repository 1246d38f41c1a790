using System.Text;
using MetricsDashboard.Exports;

namespace MetricsDashboard.Web.Tests.Exports;

public sealed class CsvExportWriterTests
{
    private static async Task<byte[]> WriteAsync()
    {
        using var stream = new MemoryStream();
        await CsvExportWriter.WriteAsync(ExportSamples.Indicators(), stream);
        return stream.ToArray();
    }

    [Fact]
    public async Task Write_Always_StartsWithUtf8BomAndFieldNameHeader()
    {
        var bytes = await WriteAsync();

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("district,value,unit,label,sector,published_on\r\n", text);
    }

    [Fact]
    public async Task Write_Rows_KeepsCodesNumbersInvariantAndChineseAsIs()
    {
        var lines = Encoding.UTF8.GetString((await WriteAsync())[3..]).Split("\r\n");

        Assert.Equal("锦江区,129860000000,CNY,社会消费品零售总额,consumption_commerce,2024-01-10", lines[1]);
        Assert.StartsWith("四川省,-29.93,percent,", lines[2]);
    }

    [Fact]
    public async Task Write_FormulaText_IsNeutralisedButNegativeNumbersStayNumbers()
    {
        var lines = Encoding.UTF8.GetString((await WriteAsync())[3..]).Split("\r\n");

        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", lines[2]);
        Assert.Contains(",-29.93,", lines[2]);
    }

    [Fact]
    public async Task Write_CommasQuotesAndNewlines_AreQuoted()
    {
        var text = Encoding.UTF8.GetString((await WriteAsync())[3..]);

        Assert.Contains(",4439,count,\"案件, \"\"经济\"\"\n犯罪\",public_safety,2024-01-10", text);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86", "'+86")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("|calc", "'|calc")]
    [InlineData("%0A", "'%0A")]
    [InlineData("锦江区", "锦江区")]
    [InlineData("", "")]
    public void Neutralise_DangerousFirstCharacter_GetsApostrophe(string input, string expected) =>
        Assert.Equal(expected, SpreadsheetSafety.Neutralise(input));
}
