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
    public void Decode_Utf8WithAFewBadBytes_StaysUtf8AndReportsThem()
    {
        var good = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Sample, 20)));
        var bytes = good[..30].Concat(new byte[] { 0xFF }).Concat(good[30..]).Concat(new byte[] { 0xC3 }).ToArray();

        var decoded = TextDecoder.Decode("damaged.txt", bytes);

        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Equal([30, bytes.Length - 1], decoded.InvalidByteOffsets);
        Assert.StartsWith("锦江区社会消费品零售\uFFFD总额实现1298.6亿元", decoded.Text, StringComparison.Ordinal);
        Assert.Equal(2, decoded.Text.Count(c => c == '\uFFFD'));
    }

    [Fact]
    public void Extract_Utf8WithABadByte_WarnsAndStillReadsTheFigures()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Sample, 10))).Append((byte)0xFE).ToArray();

        var result = new IndicatorExtractor().Extract(new Model.SourceDocument("damaged.txt", bytes));

        Assert.Equal("utf-8", result.EncodingName);
        Assert.Contains(result.Warnings, w => w.Code == "invalid-bytes" && w.Offset == bytes.Length - 1);
        Assert.Contains(result.Indicators, i => i.Surface == "1298.6亿元");
    }

    [Fact]
    public void Decode_Gb18030_IsNotMistakenForDamagedUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var decoded = TextDecoder.Decode("gb.txt", Encoding.GetEncoding("GB18030").GetBytes(Sample));
        Assert.Equal(("gb18030", Sample), (decoded.EncodingName, decoded.Text));
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Decode_Utf16WithoutBomOrAscii_IsDetectedNotRejectedAsBinary(bool bigEndian, string expected)
    {
        // No ASCII, so no zero bytes on the usual side; 一 (U+4E00) puts zeros on the other side.
        const string text = "一季度成都市一般公共预算收入一百亿元，同比增长百分之一。";
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(text);

        var decoded = TextDecoder.Decode("utf16.txt", bytes);

        Assert.Equal((expected, text), (decoded.EncodingName, decoded.Text));
    }

    [Fact]
    public void Decode_MostlyAsciiGb18030_IsNotMistakenForUtf16()
    {
        // Pairs of ASCII bytes read as UTF-16 fall in the ideograph block ("ch" → U+6368 big-endian): 92 % "text".
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string text = "chengdu retail sales grew strongly this year and investment rose again in the city center 成都";
        var decoded = TextDecoder.Decode("mixed.txt", Encoding.GetEncoding("GB18030").GetBytes(text));
        Assert.Equal(("gb18030", text), (decoded.EncodingName, decoded.Text));
    }

    [Fact]
    public void Extract_EmptyDocument_ThrowsUnreadable()
    {
        var extractor = new IndicatorExtractor();
        Assert.Throws<UnreadableDocumentException>(() => extractor.Extract(new Model.SourceDocument("empty.txt", Array.Empty<byte>())));
    }
}
