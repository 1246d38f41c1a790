using System.Globalization;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Exports;

namespace MetricsDashboard.Web.Charts;

/// <summary>
/// The fact-based charts as tables: sums by area and by described period, and the facts behind
/// them with every mention as a source. The first columns of a sum table keep the order charts
/// read (key, unit, counter, count, value); kind and the fact ids follow.
/// </summary>
public static class FactChartTables
{
    private static readonly ExportColumn District = new("district", "区县", "Area", Width: 12);
    private static readonly ExportColumn Period = new("period", "时期", "Period", Width: 14);
    private static readonly ExportColumn Unit = new("unit", "单位", "Unit", ExportCodeList.Unit, Width: 10);
    private static readonly ExportColumn Counter = new("counter", "量词", "Counter", Width: 8);
    private static readonly ExportColumn FactCount = new("count", "事实数", "Facts", Width: 10);
    private static readonly ExportColumn Total = new("value", "合计", "Total", Width: 16, IsAmount: true);
    private static readonly ExportColumn Largest = new("max", "最大值", "Largest", Width: 16, IsAmount: true);
    private static readonly ExportColumn Kind = new("kind", "类型", "Kind", ExportCodeList.Kind, Width: 10);
    private static readonly ExportColumn Grain = new("grain", "时期粒度", "Period grain", Width: 12);

    /// <summary>At most this many fact ids are listed per download; the filters say when a list was cut.</summary>
    public const int MaxFactsListed = 5000;

    public static ChartTable SumByDistrict(IReadOnlyList<FactSumRow> rows) => new(
        ChartNames.SumByDistrict,
        [District, Unit, Counter, FactCount, Total, Largest, Kind],
        rows.Select(r => new object?[] { r.District, r.Unit, r.Counter, r.Count, r.Value, r.Max, r.Kind }).ToArray(),
        []);

    public static ChartTable SumByPeriod(IReadOnlyList<FactPeriodRow> rows) => new(
        ChartNames.SumByPeriod,
        [Period, Unit, Counter, FactCount, Total, Grain, Kind, new("period_start", "起始日", "Period start", Width: 12), new("period_end", "结束日", "Period end", Width: 12)],
        rows.Select(r => new object?[] { r.Period, r.Unit, r.Counter, r.Count, r.Value, r.Grain, r.Kind, r.Start, r.End }).ToArray(),
        []);

    /// <summary>
    /// A sum table with a <c>facts</c> column (the ids of the facts each row adds, space-separated)
    /// and the articles of all their mentions as sources, for downloads.
    /// </summary>
    /// <param name="table">A table made by <see cref="SumByDistrict"/> or <see cref="SumByPeriod"/>.</param>
    /// <param name="facts">The summable facts under the same filters.</param>
    /// <param name="sources">The mentions of <paramref name="facts"/>.</param>
    /// <param name="rowOf">The key of the row a fact is added to, in the table's own key cells.</param>
    /// <param name="keyOf">The same key read from a row.</param>
    public static ChartTable WithFacts(ChartTable table, IReadOnlyList<FactView> facts, IReadOnlyList<FactSource> sources,
        Func<FactView, string> rowOf, Func<object?[], string> keyOf)
    {
        ArgumentNullException.ThrowIfNull(table);
        var idsByRow = facts.GroupBy(rowOf).ToDictionary(g => g.Key, g => string.Join(' ', g.Select(f => f.Id.ToString(CultureInfo.InvariantCulture))), StringComparer.Ordinal);
        var rows = table.Rows.Select(r => r.Append(idsByRow.GetValueOrDefault(keyOf(r))).ToArray()).ToArray();
        var articles = sources.DistinctBy(s => s.ArticleId).Select(s => new ExportSource(s.ArticleId, s.ArticleTitle, s.FileName, s.PublishedOn)).ToArray();
        return new ChartTable(table.Chart, [.. table.Columns, new("facts", "事实编号", "Fact ids", Width: 24)], rows, articles);
    }

    /// <summary>The row key of a fact in the district table.</summary>
    public static string DistrictKey(FactView f) => Key(f.District, f.Unit, f.Counter, f.Kind);

    /// <summary>The row key of a district table row.</summary>
    public static string DistrictKey(object?[] r) => Key((string?)r[0], (string)r[1]!, (string?)r[2], (string)r[6]!);

    /// <summary>The row key of a fact in the period table.</summary>
    public static string PeriodKey(FactView f) => Key(f.Period, f.Unit, f.Counter, f.Kind);

    /// <summary>The row key of a period table row.</summary>
    public static string PeriodKey(object?[] r) => Key((string?)r[0], (string)r[1]!, (string?)r[2], (string)r[6]!);

    /// <summary>One row per mention of each fact: the fact, then the mention as a source (document, article, sentence, offsets, merge reason).</summary>
    public static ChartTable FactSources(IReadOnlyList<FactView> facts, IReadOnlyList<FactSource> sources)
    {
        var byId = facts.ToDictionary(f => f.Id);
        return new ChartTable(
            "fact-sources",
            [
                new("fact_id", "事实编号", "Fact", Width: 10), new("value", "数值", "Value", Width: 16, IsAmount: true), Unit, Counter, Kind,
                new("metric", "指标类别", "Metric", ExportCodeList.Metric, Width: 14), new("label", "指标", "Label", Width: 28), District, Period,
                Grain, new("total_fact_id", "所属总数", "Part of fact", Width: 12), new("summable", "可加总", "Summable", Width: 8),
                new("doc", "来源文件", "Source file", Width: 28), new("article_id", "文章编号", "Article", Width: 10),
                new("article_title", "文章标题", "Article title", Width: 36), new("published_on", "发布日期", "Published", Width: 12),
                new("surface", "原文数值", "As written", Width: 14), new("start", "起始位置", "Start", Width: 8), new("end", "结束位置", "End", Width: 8),
                new("sentence", "原句", "Sentence", Width: 60), new("merge_reason", "合并原因", "Why merged", Width: 16),
                new("representative", "代表读数", "Representative", Width: 10),
            ],
            sources.Where(s => byId.ContainsKey(s.FactId)).Select(s =>
            {
                var f = byId[s.FactId];
                return new object?[]
                {
                    f.Id, f.Value, f.Unit, f.Counter, f.Kind, f.Metric, f.Label, f.District, f.Period, f.PeriodGrain,
                    f.TotalFactId, f.IsSummable ? 1 : 0, s.FileName, s.ArticleId, s.ArticleTitle, s.PublishedOn, s.Surface, s.Start,
                    s.End, s.Sentence, s.MergeReason, s.IsRepresentative ? 1 : 0,
                };
            }).ToArray(),
            sources.DistinctBy(s => s.ArticleId).Select(s => new ExportSource(s.ArticleId, s.ArticleTitle, s.FileName, s.PublishedOn)).ToArray());
    }

    private static string Key(string? key, string unit, string? counter, string kind) => $"{key}\u001f{unit}\u001f{counter}\u001f{kind}";
}
