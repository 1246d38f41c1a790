using System.Buffers;
using System.Text;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Output;

namespace MetricsDashboard.Extraction.Tests;

/// <summary>
/// The direct UTF-8 writer of JSON lines must write the bytes Utf8JsonWriter writes
/// (<see cref="IndicatorJson.ToJsonLine"/>), for real extractions and for every character and
/// number form an indicator can carry: extract output and gold files are compared byte for byte.
/// </summary>
public sealed class IndicatorJsonLineWriterTests
{
    [Fact]
    public void SeedsAndDevSet_SameBytesAsUtf8JsonWriter()
    {
        var extractor = new IndicatorExtractor();
        var texts = TestFiles.Seeds.Concat(Directory.EnumerateFiles(Path.Combine(TestFiles.Root, "devset"), "*.txt")).ToList();
        Assert.NotEmpty(texts);
        int figures = 0;
        foreach (var path in texts)
        {
            var result = extractor.Extract(new SourceDocument(Path.GetFileName(path), File.ReadAllBytes(path)));
            figures += result.Indicators.Count;
            AssertSameAsUtf8JsonWriter(result.DocumentName, result.Indicators);
        }
        Assert.True(figures > 100, $"only {figures} figures");
    }

    [Fact]
    public void EveryCharacterOutsideSurrogates_EscapedAsUtf8JsonWriterDoes()
    {
        // Control characters, quotes, backslashes, DEL and C1 controls, U+2028, noncharacters, CJK, U+FFFD…
        var all = Enumerable.Range(0, 0x10000).Where(c => c is < 0xD800 or > 0xDFFF).Select(c => (char)c).ToArray();
        var indicators = new List<Indicator>();
        for (int start = 0; start < all.Length; start += 512)
        {
            var chunk = new string(all, start, Math.Min(512, all.Length - start));
            var small = chunk[..Math.Min(40, chunk.Length)];
            indicators.Add(Figure(chunk) with { Surface = small, Label = chunk, Counter = small, District = small, Period = small });
            indicators.Add(Figure(chunk) with { Metric = chunk, Sector = small });
        }
        AssertSameAsUtf8JsonWriter("名\"\\\n\u0001\u007f\u2028.txt", indicators);
    }

    [Fact]
    public void Numbers_FormattedAsUtf8JsonWriterDoes()
    {
        double[] values =
        [
            0.0, -0.0, 354900000000, -354900000000, 1e14, 999999999999999, 1e15, -1e15, 1e16, 123456789012345678, 4503599627370497,
            -2.8, 0.1 + 0.2, 1e-7, double.Epsilon, double.MaxValue, double.MinValue, 0.01, 0.5, 0.85, 0.6 * 0.85, 1.0, 1.01, 0.995, -0.01,
        ];
        values = [.. values, .. Enumerable.Range(0, 101).Select(k => Math.Round(k * 0.0137, 2)), .. Enumerable.Range(0, 101).Select(k => k / 100.0)];
        var indicators = values.SelectMany(value => new[]
        {
            Figure("句子。") with { Value = value, ValueMax = value, Confidence = value, Start = int.MaxValue, End = int.MinValue },
            Figure("句子。") with { Value = value, ValueMax = null, Counter = null, District = null, Period = null },
        }).ToList();
        AssertSameAsUtf8JsonWriter("n.txt", indicators);
    }

    [Fact]
    public void Surrogates_LeftToUtf8JsonWriter()
    {
        var indicators = new List<Indicator> { Figure("增长5%。"), Figure("表情😀增长5%。") with { Label = "😀" } };
        Assert.False(IndicatorJsonLineWriter.TryWriteLines(new ArrayBufferWriter<byte>(), "s.txt", indicators));
        var buffer = new ArrayBufferWriter<byte>();
        IndicatorJson.WriteLines(buffer, "s.txt", indicators);
        Assert.Equal(Expected("s.txt", indicators), Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void LoneSurrogate_RejectedAsBefore()
    {
        Indicator[] indicators = [Figure("半个\uD83D增长5%。")];
        Assert.False(IndicatorJsonLineWriter.TryWriteLines(new ArrayBufferWriter<byte>(), "x.txt", indicators));
        Assert.Throws<ArgumentException>(() => IndicatorJson.WriteLines(new ArrayBufferWriter<byte>(), "x.txt", indicators));
    }

    [Fact]
    public void NotFinite_RejectedAsBefore()
    {
        Indicator[] indicators = [Figure("句子。") with { Value = double.NaN }];
        Assert.False(IndicatorJsonLineWriter.TryWriteLines(new ArrayBufferWriter<byte>(), "x.txt", indicators));
        Assert.Throws<ArgumentException>(() => IndicatorJson.WriteLines(new ArrayBufferWriter<byte>(), "x.txt", indicators));
    }

    private static void AssertSameAsUtf8JsonWriter(string documentName, IReadOnlyList<Indicator> indicators)
    {
        var buffer = new ArrayBufferWriter<byte>(16);
        Assert.True(IndicatorJsonLineWriter.TryWriteLines(buffer, documentName, indicators));
        Assert.Equal(Expected(documentName, indicators), Encoding.UTF8.GetString(buffer.WrittenSpan));
        // Written again by the same thread's writer: nothing left over from the last document.
        var again = new ArrayBufferWriter<byte>(16);
        Assert.True(IndicatorJsonLineWriter.TryWriteLines(again, documentName, indicators));
        Assert.True(buffer.WrittenSpan.SequenceEqual(again.WrittenSpan));
    }

    private static string Expected(string documentName, IEnumerable<Indicator> indicators) =>
        string.Concat(indicators.Select(i => IndicatorJson.ToJsonLine(documentName, i) + "\n"));

    private static Indicator Figure(string sentence) => new("5%", 2, 4, 5, null, CanonicalUnit.Percent, null, Qualifier.Exact, IndicatorKind.Change,
        "growth_rate", "增长", "成都市", "economy", "2024", sentence, 0, 0.85, 0);
}
