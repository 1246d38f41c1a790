using System.Globalization;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Web.Exports;

namespace MetricsDashboard.Web.Charts;

/// <summary>
/// The fact-based charts as tables: sums by area and by described period, and the facts behind
/// them with every mention as a source. The first columns of a sum table keep the order charts
/// read (key, unit, counter, count, value); kind and the fact ids follow.
/// </summary>
public static class FactChartTables
{
    /// <summary>At most this many fact ids are listed per download; the filters say when a list was cut.</summary>
    public const int MaxFactsListed = 5000;

    public static ChartTable SumByDistrict(IReadOnlyList<FactSumRow> rows) => new(
        ChartNames.SumByDistrict,
        [new("district", "区县"), new("unit", "单位"), new("counter", "量词"), new("count", "事实数"), new("value", "合计"), new("max", "最大值"), new("kind", "类型")],
        rows.Select(r => new object?[] { r.District, r.Unit, r.Counter, r.Count, r.Value, r.Max, r.Kind }).ToArray(),
        []);

    public static ChartTable SumByPeriod(IReadOnlyList<FactPeriodRow> rows) => new(
        ChartNames.SumByPeriod,
        [new("period", "时期"), new("unit", "单位"), new("counter", "量词"), new("count", "事实数"), new("value", "合计"), new("grain", "时期粒度"), new("kind", "类型"), new("period_start", "起始日"), new("period_end", "结束日")],
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
        return new ChartTable(table.Chart, [.. table.Columns, new("facts", "事实编号")], rows, articles);
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
                new("fact_id", "事实编号"), new("value", "数值"), new("unit", "单位"), new("counter", "量词"), new("kind", "类型"),
                new("metric", "指标类别"), new("label", "指标"), new("district", "区县"), new("period", "时期"), new("period_grain", "时期粒度"),
                new("total_fact_id", "所属总数"), new("summable", "可加总"), new("doc", "来源文件"), new("article_id", "文章编号"),
                new("article_title", "文章标题"), new("published_on", "发布日期"), new("surface", "原文数值"), new("start", "起始位置"),
                new("end", "结束位置"), new("sentence", "原句"), new("merge_reason", "合并原因"), new("representative", "代表读数"),
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
