using System.Text;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Extraction.Tests;

public sealed class RobustnessTests
{
    private const string Alphabet = "一二两三四五六七八九十百千万亿零〇几余多约近超第年月日号个家项起人名次元%—-至，。；：、（）“”成都锦江区全国四川省0123456789.:+ \nABCS平方米亿元万元以上以下左右";

    [Fact]
    public void Extract_RandomText_NeverThrowsAndKeepsOffsetsInRange()
    {
        var extractor = new IndicatorExtractor();
        var random = new Random(20240109);
        for (int round = 0; round < 2_000; round++)
        {
            var chars = new char[random.Next(1, 200)];
            for (int i = 0; i < chars.Length; i++) { chars[i] = Alphabet[random.Next(Alphabet.Length)]; }
            var text = "x" + new string(chars);
            var result = extractor.Extract(SourceDocument.FromText("fuzz.txt", text));
            Assert.All(result.Indicators, indicator =>
            {
                Assert.InRange(indicator.Start, 0, result.NormalisedText.Length);
                Assert.InRange(indicator.End, indicator.Start, result.NormalisedText.Length);
                Assert.False(double.IsNaN(indicator.Value) || double.IsInfinity(indicator.Value), text);
            });
        }
    }

    [Fact]
    public void Extract_RandomBytes_ThrowsOnlyUnreadable()
    {
        var extractor = new IndicatorExtractor();
        var random = new Random(7);
        for (int round = 0; round < 500; round++)
        {
            var bytes = new byte[random.Next(1, 300)];
            random.NextBytes(bytes);
            try
            {
                extractor.Extract(new SourceDocument("fuzz.bin", bytes));
            }
            catch (UnreadableDocumentException)
            {
                // Expected for most random bytes.
            }
        }
        Assert.Throws<UnreadableDocumentException>(() => extractor.Extract(new SourceDocument("u.txt", Encoding.UTF8.GetBytes("\u0001\u0002\u0003\u0004"))));
    }
}
