using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Output;

namespace MetricsDashboard.Extraction.Tests;

public sealed class DeterminismTests
{
    private static string Serialise(ExtractionResult result) =>
        string.Join("\n", result.Indicators.Select(i => IndicatorJson.ToJsonLine(result.DocumentName, i)));

    private static SourceDocument Load(string path) => new(Path.GetFileName(path), File.ReadAllBytes(path));

    [Fact]
    public void Extract_TwoRuns_GiveIdenticalOutput()
    {
        foreach (var seed in TestFiles.Seeds)
        {
            Assert.Equal(Serialise(new IndicatorExtractor().Extract(Load(seed))), Serialise(new IndicatorExtractor().Extract(Load(seed))));
        }
    }

    [Fact]
    public void Extract_ParallelOverSeeds_MatchesSequential()
    {
        var extractor = new IndicatorExtractor();
        var seeds = TestFiles.Seeds.ToArray();
        var expected = seeds.Select(s => Serialise(extractor.Extract(Load(s)))).ToArray();
        var work = Enumerable.Range(0, 40).Select(i => i % seeds.Length).ToArray();
        var actual = new string[work.Length];
        Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Serialise(extractor.Extract(Load(seeds[work[i]]))));
        for (int i = 0; i < work.Length; i++) { Assert.Equal(expected[work[i]], actual[i]); }
    }

    [Fact]
    public void Extract_RunOnLineOfNumbers_StaysLinear()
    {
        // Two megabytes of one line without a full stop: look-backs must not go quadratic.
        var text = string.Concat(Enumerable.Repeat("成都新增企业5家、项目3个、投资2亿元", 40_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = new IndicatorExtractor().Extract(SourceDocument.FromText("long.txt", text));
        watch.Stop();
        Assert.Equal(120_000, result.Indicators.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Extract_Seeds_HaveIndicatorsWithValidTaxonomy()
    {
        var extractor = new IndicatorExtractor();
        foreach (var seed in TestFiles.Seeds)
        {
            var result = extractor.Extract(Load(seed));
            Assert.NotEmpty(result.Indicators);
            Assert.All(result.Indicators, i =>
            {
                Assert.True(Taxonomy.IndicatorTaxonomy.IsMetric(i.Metric), i.Metric);
                Assert.True(Taxonomy.IndicatorTaxonomy.IsSector(i.Sector), i.Sector);
                Assert.True(i.District is null || Areas.AreaGazetteer.Default.Find(i.District) is not null, i.District);
                Assert.Equal(i.Surface, result.NormalisedText[i.Start..i.End]);
                Assert.InRange(i.Confidence, 0, 1);
            });
        }
    }
}
