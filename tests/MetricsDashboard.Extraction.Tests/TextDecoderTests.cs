using System.Text;
using MetricsDashboard.Extraction.Decoding;

namespace MetricsDashboard.Extraction.Tests;

public sealed class TextDecoderTests
{
    private const string Sample = "锦江区社会消费品零售总额实现1298.6亿元。\n";

    [Fact]
    public void Decode_Utf8WithoutBom_ReturnsTextAndUtf8()
    {
        var decoded = TextDecoder.Decode("a.txt", Encoding.UTF8.GetBytes(Sample));
        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
    }

    [Fact]
    public void Decode_Utf8WithBom_StripsBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();
        var decoded = TextDecoder.Decode("a.txt", bytes);
        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("utf-8-bom", decoded.EncodingName);
    }

    [Theory]
    [InlineData(false, true, "utf-16le")]
    [InlineData(true, true, "utf-16be")]
    [InlineData(false, false, "utf-16le")]
    [InlineData(true, false, "utf-16be")]
    public void Decode_Utf16_DetectsByteOrder(bool bigEndian, bool withBom, string expected)
    {
        var encoding = new UnicodeEncoding(bigEndian, withBom);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray();
        var decoded = TextDecoder.Decode("a.txt", bytes);
        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(expected, decoded.EncodingName);
    }

    [Fact]
    public void Decode_Gb18030Bytes_ReturnsText()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Sample);
        var decoded = TextDecoder.Decode("a.txt", bytes);
        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("gb18030", decoded.EncodingName);
    }

    [Fact]
    public void Decode_EmptyFile_ThrowsWithEmptyReason()
    {
        var ex = Assert.Throws<UnreadableDocumentException>(() => TextDecoder.Decode("empty.txt", []));
        Assert.Equal("empty.txt", ex.DocumentName);
        Assert.Contains("empty", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_PngHeader_ThrowsBinary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var ex = Assert.Throws<UnreadableDocumentException>(() => TextDecoder.Decode("photo.txt", png));
        Assert.Contains("binary", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NulBytes_ThrowsBinary()
    {
        byte[] bytes = [0x41, 0x00, 0x00, 0x42, 0x00, 0x00, 0x00, 0x43, 0x01, 0x02];
        var ex = Assert.Throws<UnreadableDocumentException>(() => TextDecoder.Decode("data.bin", bytes));
        Assert.Contains("binary", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ControlCharacters_ThrowsBinary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41)).ToArray();
        var ex = Assert.Throws<UnreadableDocumentException>(() => TextDecoder.Decode("data.bin", bytes));
        Assert.Contains("control characters", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_WhitespaceOnly_Throws()
    {
        var ex = Assert.Throws<UnreadableDocumentException>(() => TextDecoder.Decode("blank.txt", Encoding.UTF8.GetBytes(" \n\n ")));
        Assert.Contains("no visible text", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_EmptyDocument_ThrowsUnreadable()
    {
        var extractor = new IndicatorExtractor();
        Assert.Throws<UnreadableDocumentException>(() => extractor.Extract(new Model.SourceDocument("empty.txt", Array.Empty<byte>())));
    }
}
