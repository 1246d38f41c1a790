using MetricsDashboard.Data.Import;
using MetricsDashboard.Extraction.Decoding;

namespace MetricsDashboard.Data.Tests.Import;

public sealed class ImportHelpersTests
{
    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2024-01/2024-11", "2024-01-01", "2024-11-30")]
    [InlineData("2023/2025", "2023-01-01", "2025-12-31")]
    public void PeriodRangeParse_KnownForms_GivesFirstAndLastDay(string period, string start, string end)
    {
        var (s, e) = PeriodRange.Parse(period);

        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), (s!.Value, e!.Value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("十四五")]
    [InlineData("2024-13")]
    public void PeriodRangeParse_Unparseable_GivesNulls(string? period)
    {
        Assert.Equal((null, null), PeriodRange.Parse(period));
    }

    [Fact]
    public void HtmlTextToText_Page_KeepsTextAndLineBreaksDropsScriptsAndEntities()
    {
        var text = HtmlText.ToText("<html><script>var a=1;</script><h1>标题</h1><p>投资&nbsp;5200亿元&amp;更多</p><!-- 999 --></html>");

        Assert.Equal("标题\n投资\u00a05200亿元&更多", text);
    }

    [Fact]
    public void HtmlTextDecode_Gb18030Bytes_FallsBackFromUtf8()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var bytes = System.Text.Encoding.GetEncoding("GB18030").GetBytes("<p>成都日报</p>");

        var (text, encoding) = HtmlText.Decode(bytes);

        Assert.Equal(("成都日报", "gb18030"), (text, encoding));
    }

    [Fact]
    public void SidecarMetadataParse_BadDate_ThrowsWithTheFileName()
    {
        var e = Assert.Throws<InvalidDataException>(() => SidecarMetadata.Parse("""{"published_on":"10/01/2024"}""", "a.txt.meta.json"));

        Assert.Contains("a.txt.meta.json", e.Message);
    }

    [Fact]
    public void SidecarMetadataParse_UnknownFields_AreIgnored()
    {
        var metadata = SidecarMetadata.Parse("""{"published_on":"2024-01-10","source":"成都日报","date_evidence":"…"}""", "x");

        Assert.Equal(new ImportMetadata(new DateOnly(2024, 1, 10), "成都日报"), metadata);
    }
}
