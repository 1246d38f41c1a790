using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MetricsDashboard.Extraction;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Tests.Fakes;

/// <summary>
/// A predictable extractor: strict UTF-8, one article per blank-line-separated block, one indicator
/// per "&lt;number&gt;亿元|个|%" in the text. Hooks let a test make it throw or emit a record the database rejects.
/// </summary>
internal sealed partial class FakeExtractor : IIndicatorExtractor
{
    public string Version { get; set; } = "fake-1";

    /// <summary>Files whose extraction throws an ordinary exception.</summary>
    public HashSet<string> ThrowOn { get; } = [];

    /// <summary>Files whose third indicator carries a null surface, which the NOT NULL column rejects mid-insert.</summary>
    public HashSet<string> CorruptOn { get; } = [];

    private int _calls;

    public int Calls => _calls;

    public ExtractionResult Extract(SourceDocument document)
    {
        Interlocked.Increment(ref _calls);
        if (ThrowOn.Contains(document.Name))
        {
            throw new InvalidOperationException("extractor crashed");
        }
        var bytes = document.Content.Span;
        if (bytes.IsEmpty)
        {
            throw new UnreadableDocumentException(document.Name, "empty file");
        }
        if (bytes.Contains((byte)0))
        {
            throw new UnreadableDocumentException(document.Name, "binary content");
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableDocumentException(document.Name, "not UTF-8");
        }
        var articles = new List<Article>();
        var start = 0;
        foreach (var block in text.Split("\n\n"))
        {
            articles.Add(new Article(articles.Count, block.Split('\n')[0], null, start, start + block.Length, null, "other"));
            start += block.Length + 2;
        }
        var indicators = new List<Indicator>();
        foreach (Match m in NumberRegex().Matches(text))
        {
            var value = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var (unit, counter, metric) = m.Groups["u"].Value switch
            {
                "亿元" => (CanonicalUnit.Cny, (string?)null, "investment"),
                "个" => (CanonicalUnit.Count, "个", "projects"),
                _ => (CanonicalUnit.Percent, null, "growth_rate"),
            };
            if (unit == CanonicalUnit.Cny)
            {
                value *= 1e8;
            }
            var article = articles.FindLast(a => a.Start <= m.Index)!;
            var surface = indicators.Count == 2 && CorruptOn.Contains(document.Name) ? null! : m.Value;
            indicators.Add(new Indicator(surface, m.Index, m.Index + m.Length, value, null, unit, counter, Qualifier.Exact, IndicatorKind.Actual,
                metric, "完成投资", "锦江区", "investment_construction", "2024", text[article.Start..Math.Min(article.End, text.Length)], article.Start, 0.9, article.Index));
        }
        return new ExtractionResult(document.Name, "utf-8", text, text, document.PublishedOn,
            document.PublishedOn is null ? DateSource.None : DateSource.Metadata, articles, indicators, [], Version);
    }

    [GeneratedRegex(@"(?<n>\d+(\.\d+)?)(?<u>亿元|个|%)", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex NumberRegex();
}
