using MetricsDashboard.Extraction.Areas;
using MetricsDashboard.Extraction.Lexicons;
using MetricsDashboard.Extraction.Taxonomy;

namespace MetricsDashboard.Extraction.Tests;

public sealed class LexiconTests
{
    [Fact]
    public void Default_KeywordCategories_AreTaxonomyKeys()
    {
        var lexicon = Lexicon.Default;
        Assert.All(lexicon.MetricKeywords.Entries.Values.Distinct(), metric => Assert.True(IndicatorTaxonomy.IsMetric(metric), metric));
        Assert.All(lexicon.SectorOrder, sector => Assert.True(IndicatorTaxonomy.IsSector(sector), sector));
        Assert.All(lexicon.MetricSectorHints.Keys, metric => Assert.True(IndicatorTaxonomy.IsMetric(metric), metric));
    }

    [Fact]
    public void Default_AreaParents_ExistInGazetteer()
    {
        var gazetteer = AreaGazetteer.Default;
        Assert.All(gazetteer.Areas.Where(a => a.Parent is not null), area => Assert.NotNull(gazetteer.Find(area.Parent!)));
        Assert.Equal(gazetteer.Areas.Count, gazetteer.Areas.Select(a => a.Name).Distinct().Count());
    }

    [Fact]
    public void KeywordMatcher_LongestMatch_WinsForwardAndBackward()
    {
        var matcher = new KeywordMatcher<int>([new("成都", 1), new("成都高新区", 2), new("高新区", 3)]);
        Assert.True(matcher.TryMatchAt("在成都高新区举办", 1, out int length, out int value));
        Assert.Equal((5, 2), (length, value));
        Assert.True(matcher.TryMatchEndingAt("在成都高新区举办", 6, out length, out value));
        Assert.Equal((5, 2), (length, value));
        Assert.False(matcher.TryMatchAt("在成都高新区举办", 0, out _, out _));
    }
}
