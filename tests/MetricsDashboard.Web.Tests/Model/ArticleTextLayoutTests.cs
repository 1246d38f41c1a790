using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Model.Articles;
using MetricsDashboard.Web.Tests.Components.Fakes;

namespace MetricsDashboard.Web.Tests.Model;

public sealed class ArticleTextLayoutTests
{
    [Fact]
    public void Build_NoFocus_SplitsParagraphsAndMarksEachIndicatorOnce()
    {
        var paragraphs = ArticleTextLayout.Build(ArticleSamples.Detail(), focusIndicatorId: null);

        Assert.Equal(2, paragraphs.Count);
        Assert.Equal(ArticleSamples.FirstSentence, string.Concat(paragraphs[0].Select(s => s.Text)));
        Assert.Equal(ArticleSamples.SecondSentence + ArticleSamples.Script, string.Concat(paragraphs[1].Select(s => s.Text)));
        var marked = paragraphs.SelectMany(p => p).Where(s => s.Indicator is not null).ToList();
        Assert.Equal(["1298.6亿元", "4439起"], marked.Select(s => s.Text));
        Assert.All(marked, s => Assert.True(s.IsIndicatorStart));
        Assert.DoesNotContain(paragraphs.SelectMany(p => p), s => s.InFocus);
    }

    [Fact]
    public void Build_Focus_MarksExactlyTheIndicatorsSentence()
    {
        var paragraphs = ArticleTextLayout.Build(ArticleSamples.Detail(), focusIndicatorId: 2);

        var focused = string.Concat(paragraphs.SelectMany(p => p).Where(s => s.InFocus).Select(s => s.Text));
        Assert.Equal(ArticleSamples.SecondSentence, focused);
    }

    [Fact]
    public void Build_SentenceOffsetWrong_FindsTheSentenceByItsText()
    {
        var detail = ArticleSamples.Detail();
        var moved = detail with { Indicators = [detail.Indicators[0], detail.Indicators[1] with { SentenceStart = 0 }] };

        var paragraphs = ArticleTextLayout.Build(moved, focusIndicatorId: 2);

        Assert.Equal(ArticleSamples.SecondSentence, string.Concat(paragraphs.SelectMany(p => p).Where(s => s.InFocus).Select(s => s.Text)));
    }

    [Fact]
    public void Build_OverlappingOrOutOfRangeIndicators_NeverDuplicatesOrLosesText()
    {
        var detail = ArticleSamples.Detail();
        var first = detail.Indicators[0];
        IndicatorRow[] odd =
        [
            first,
            first with { Id = 9, Start = first.Start + 2, End = first.End + 3 },
            first with { Id = 10, Start = 5000, End = 5004 },
        ];

        var paragraphs = ArticleTextLayout.Build(detail with { Indicators = odd }, focusIndicatorId: null);

        Assert.Equal(detail.Text.Replace("\n\n", "", StringComparison.Ordinal), string.Concat(paragraphs.SelectMany(p => p).Select(s => s.Text)));
        Assert.Equal([1L], paragraphs.SelectMany(p => p).Where(s => s.Indicator is not null).Select(s => s.Indicator!.Id).Distinct());
    }
}
