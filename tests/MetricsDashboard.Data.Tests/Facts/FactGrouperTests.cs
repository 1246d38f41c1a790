using MetricsDashboard.Data.Facts;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Tests.Facts;

/// <summary>The grouping rules of one document's mentions, on hand-made mentions.</summary>
public sealed class FactGrouperTests
{
    private static FactMention Mention(long id, int article, int sentence, double value, string? district = "锦江区", string? period = "2024-08",
        bool headline = false, string metric = "projects", CanonicalUnit unit = CanonicalUnit.Count, string? counter = "个", IndicatorKind kind = IndicatorKind.Actual) =>
        new(id, 1, article, sentence + 1, sentence, headline, metric, unit, counter, kind, district, period, value);

    private static readonly Dictionary<long, long> NoParts = [];

    [Fact]
    public void GroupDocument_HeadlineWithCoarserReading_JoinsBodyFigureAndBodyReadingWins()
    {
        // Headline: 三季度签约项目20个 (no area, 2024-07/2024-09); body: 8月，锦江区签约项目20个.
        var headline = Mention(1, article: 0, sentence: 0, 20, district: null, period: "2024-07/2024-09", headline: true);
        var body = Mention(2, article: 0, sentence: 30, 20);

        var group = Assert.Single(FactGrouper.GroupDocument([headline, body], NoParts));

        Assert.Same(body, group.Reading);
        Assert.Equal([(headline, MergeReason.HeadlineRepeat), (body, MergeReason.FirstReport)], group.Members);
    }

    [Fact]
    public void GroupDocument_HeadlineOfAnotherArticle_StaysApartWhenReadingsDiffer()
    {
        var headline = Mention(1, article: 1, sentence: 0, 20, district: null, headline: true);
        var body = Mention(2, article: 0, sentence: 30, 20);

        Assert.Equal(2, FactGrouper.GroupDocument([headline, body], NoParts).Count);
    }

    [Fact]
    public void GroupDocument_SameFigureTwiceInTheBody_OneFigure()
    {
        var first = Mention(1, article: 0, sentence: 0, 80);
        var again = Mention(2, article: 0, sentence: 50, 80.2);

        var group = Assert.Single(FactGrouper.GroupDocument([first, again], NoParts));
        Assert.Equal(MergeReason.SameFigure, group.Members[1].Reason);
    }

    [Fact]
    public void GroupDocument_ValuesMoreThanHalfAPercentApart_TwoFigures()
    {
        Assert.Equal(2, FactGrouper.GroupDocument([Mention(1, 0, 0, 100), Mention(2, 0, 50, 100.6)], NoParts).Count);
    }

    [Fact]
    public void GroupDocument_TwoEqualNumbersInOneSentence_TwoFigures()
    {
        // 其中，50家领先企业以及50家新锐企业上榜。
        Assert.Equal(2, FactGrouper.GroupDocument([Mention(1, 0, 0, 50), Mention(2, 0, 0, 50)], NoParts).Count);
    }

    [Fact]
    public void GroupDocument_OtherArticleSameDatedAmount_CrossArticle()
    {
        var group = Assert.Single(FactGrouper.GroupDocument([Mention(1, 0, 0, 16), Mention(2, 1, 90, 16)], NoParts));
        Assert.Equal(MergeReason.CrossArticle, group.Members[1].Reason);
    }

    [Fact]
    public void GroupDocument_OtherArticleUndatedOrRate_StaysApart()
    {
        Assert.Equal(2, FactGrouper.GroupDocument([Mention(1, 0, 0, 16, period: null), Mention(2, 1, 90, 16, period: null)], NoParts).Count);
        Assert.Equal(2, FactGrouper.GroupDocument([Mention(1, 0, 0, 30, unit: CanonicalUnit.Percent, counter: null), Mention(2, 1, 90, 30, unit: CanonicalUnit.Percent, counter: null)], NoParts).Count);
    }

    [Fact]
    public void GroupDocument_PartWithTheValueOfAnotherFigure_StaysApart()
    {
        // 31个项目开工建设 … 其中 … 31个科技创新类项目 (a part of 300个).
        var total = Mention(1, 0, 0, 300);
        var started = Mention(2, 0, 40, 31);
        var part = Mention(3, 0, 80, 31);

        var groups = FactGrouper.GroupDocument([total, started, part], new Dictionary<long, long> { [3] = 1 });

        Assert.Equal(3, groups.Count);
    }

    [Fact]
    public void GroupDocument_TargetBesideActual_TwoFigures()
    {
        Assert.Equal(2, FactGrouper.GroupDocument([Mention(1, 0, 0, 150), Mention(2, 0, 40, 150, kind: IndicatorKind.Target)], NoParts).Count);
    }
    [Fact]
    public void GroupDocument_SplitMention_StandsAloneInItsArticleAndAcrossArticles_OthersStillGroup()
    {
        var first = Mention(1, article: 0, sentence: 0, 80);
        var split = Mention(2, article: 0, sentence: 50, 80) with { StandsAlone = true };
        var again = Mention(3, article: 0, sentence: 100, 80);
        var otherArticle = Mention(4, article: 1, sentence: 150, 80);
        // A split headline would otherwise join its body figure whatever it reads.
        var headline = Mention(5, article: 1, sentence: 200, 80, district: null, headline: true) with { StandsAlone = true };

        var groups = FactGrouper.GroupDocument([first, split, again, otherArticle, headline], NoParts);

        Assert.Equal(3, groups.Count);
        Assert.Equal([(first, MergeReason.FirstReport), (again, MergeReason.SameFigure), (otherArticle, MergeReason.CrossArticle)], groups[0].Members);
        Assert.Equal([(split, MergeReason.ReviewSplit)], groups.Single(g => g.Reading == split).Members);
        Assert.Equal([(headline, MergeReason.ReviewSplit)], groups.Single(g => g.Reading == headline).Members);
    }
}
