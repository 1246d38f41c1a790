using System.Text.Json;
using MetricsDashboard.Extraction.Areas;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Output;
using MetricsDashboard.Extraction.Scoring;
using MetricsDashboard.Extraction.Taxonomy;

namespace MetricsDashboard.Extraction.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void AreaGazetteer_Default_HasChengduDistrictsAndHierarchy()
    {
        var gazetteer = AreaGazetteer.Default;
        Assert.Equal(23, gazetteer.Areas.Count(a => a.Parent == "成都市" && a.Level == AreaLevel.District));
        Assert.Equal("锦江区", gazetteer.Resolve("锦江")?.Name);
        Assert.Equal("成都高新区", gazetteer.Resolve("高新区")?.Name);
        Assert.Equal("四川天府新区", gazetteer.Resolve("天府新区")?.Name);
        Assert.True(gazetteer.IsAncestor(gazetteer.Find("四川省")!, gazetteer.Find("锦江区")!));
    }

    [Fact]
    public void IndicatorTaxonomy_Default_ListsContractKeysWithNames()
    {
        Assert.Contains(IndicatorTaxonomy.Metrics, m => m is { Key: "investment", ChineseName: "投资", EnglishName: "Investment" });
        Assert.Contains(IndicatorTaxonomy.Sectors, s => s is { Key: "public_safety", ChineseName: "公共安全", EnglishName: "Public safety" });
        Assert.Equal(21, IndicatorTaxonomy.Metrics.Count);
        Assert.Equal(16, IndicatorTaxonomy.Sectors.Count);
    }

    [Fact]
    public void ToJsonLine_Indicator_WritesContractFieldsInOrderWithoutEscapingCjk()
    {
        var result = new IndicatorExtractor().Extract(SourceDocument.FromText("a.txt", "2024年，锦江区全年完成投资5200亿元。", new DateOnly(2025, 1, 2)));
        var line = IndicatorJson.ToJsonLine("a.txt", Assert.Single(result.Indicators));
        using var document = JsonDocument.Parse(line);
        Assert.Equal(
            ["doc", "surface", "start", "end", "value", "value_max", "unit", "counter", "qualifier", "kind", "metric", "label", "district", "sector", "period", "sentence", "confidence"],
            document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Contains("\"surface\":\"5200亿元\"", line, StringComparison.Ordinal);
        Assert.Contains("\"district\":\"锦江区\"", line, StringComparison.Ordinal);
        Assert.Contains("\"period\":\"2024\"", line, StringComparison.Ordinal);
        Assert.Contains("\"metric\":\"investment\"", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("社会消费品零售总额实现1298.6亿元。", "\"value\":129860000000,")]
    [InlineData("预计每年可产生455.99万度绿电。", "\"value\":4559900,")]
    [InlineData("流转土地300亩。", "\"value\":200001,")]
    public void ToJsonLine_DecimalArithmetic_WritesShortValues(string text, string expected)
    {
        var result = new IndicatorExtractor().Extract(SourceDocument.FromText("a.txt", text));
        Assert.Contains(expected, IndicatorJson.ToJsonLine("a.txt", Assert.Single(result.Indicators)), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_PredictionWithinTolerance_Matches()
    {
        var gold = IndicatorJson.ReadGold("""
            {"doc": "d", "surface": "8家", "value": 8, "unit": "count", "counter": "家", "qualifier": "exact", "kind": "actual", "metric": "enterprises", "label": "x", "district": "成都市", "sector": "finance", "period": "2023", "core": true}
            {"doc": "d", "surface": "三年", "value": 3, "unit": "duration_year", "counter": null, "qualifier": "exact", "kind": "actual", "metric": "other", "label": "x", "district": null, "sector": "other", "period": null, "core": false}
            """);
        var predictions = new[]
        {
            new ScoredPrediction("d", "8家", 0, 8.02, "count", "enterprises", "成都市", "finance", "2024"),
            new ScoredPrediction("d", "9家", 5, 9, "count", "enterprises", null, "finance", null),
        };
        var report = ExtractionScorer.Score(predictions, gold);
        Assert.Equal(1.0, report.Recall);
        Assert.Equal(0.5, report.Precision);
        Assert.Equal(1.0, report.MetricAccuracy);
        Assert.Equal(0.0, report.PeriodAccuracy);
    }

    [Fact]
    public void Version_Default_IsSemanticVersion() => Assert.Matches(@"^\d+\.\d+\.\d+$", new IndicatorExtractor().Version);
}
