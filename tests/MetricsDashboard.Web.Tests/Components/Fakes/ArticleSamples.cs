using MetricsDashboard.Data.Queries;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Web.Tests.Components.Fakes;

/// <summary>A small article whose offsets are into a longer normalised text, as stored.</summary>
public static class ArticleSamples
{
    public const int TextOffset = 100;
    public const string FirstSentence = "锦江区社会消费品零售总额实现1298.6亿元。";
    public const string SecondSentence = "全年侦办经济犯罪案件4439起。";
    public const string Script = "<script>alert('x')</script>";

    public static string Text => FirstSentence + "\n\n" + SecondSentence + Script;

    public static ArticleListItem Item(int id = 1, string? title = "锦江区消费市场持续回暖") =>
        new(id, 10, title, "记者 王明", "锦江区", "consumption_commerce", new DateOnly(2024, 12, 26), "2024-12-26_cdrb_01.txt", 2);

    public static ArticleDetail Detail(int id = 1)
    {
        var text = Text;
        var first = Row(1, id, "1298.6亿元", text.IndexOf("1298.6亿元", StringComparison.Ordinal), 129_860_000_000, CanonicalUnit.Cny, null, "retail_sales", "社会消费品零售总额", FirstSentence, 0);
        var secondSentenceStart = text.IndexOf(SecondSentence, StringComparison.Ordinal);
        var second = Row(2, id, "4439起", text.IndexOf("4439起", StringComparison.Ordinal), 4439, CanonicalUnit.Count, "起", "cases", "侦办经济犯罪案件", SecondSentence, secondSentenceStart);
        return new ArticleDetail(Item(id), text, TextOffset, [first, second]);
    }

    private static IndicatorRow Row(long id, int articleId, string surface, int localStart, double value, CanonicalUnit unit, string? counter, string metric, string label, string sentence, int localSentenceStart) =>
        new(id, 10, articleId, "锦江区消费市场持续回暖", "2024-12-26_cdrb_01.txt", new DateOnly(2024, 12, 26), surface,
            TextOffset + localStart, TextOffset + localStart + surface.Length, value, null, unit, counter, Qualifier.Exact, IndicatorKind.Actual, metric, label,
            "锦江区", metric == "cases" ? "public_safety" : "consumption_commerce", "2024", sentence, TextOffset + localSentenceStart, 0.9);
}
