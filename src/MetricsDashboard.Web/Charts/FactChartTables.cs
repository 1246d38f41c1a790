using System.Globalization;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Exports;
using MetricsDashboard.Extraction.Model;

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
    private static readonly ExportColumn FactIds = new("facts", "事实编号", "Fact ids", Width: 24);

    /// <summary>At most this many fact ids are listed per download; the filters say when a list was cut.</summary>
    public const int MaxFactsListed = 5000;

    private static readonly IReadOnlyList<ExportColumn<FactSumRow>> DistrictColumns =
    [
        new(District, r => r.District), new(Unit, r => r.Unit), new(Counter, r => r.Counter), new(FactCount, r => r.Count),
        new(Total, r => r.Value), new(Largest, r => r.Max), new(Kind, r => r.Kind),
    ];

    private static readonly IReadOnlyList<ExportColumn<FactPeriodRow>> PeriodColumns =
    [
        new(Period, r => r.Period), new(Unit, r => r.Unit), new(Counter, r => r.Counter), new(FactCount, r => r.Count),
        new(Total, r => r.Value), new(Grain, r => r.Grain), new(Kind, r => r.Kind),
        new(new("period_start", "起始日", "Period start", Width: 12), r => r.Start), new(new("period_end", "结束日", "Period end", Width: 12), r => r.End),
    ];

    public static ChartTable<FactSumRow> SumByDistrict(IReadOnlyList<FactSumRow> rows) => new(ChartNames.SumByDistrict, DistrictColumns, rows, []);

    public static ChartTable<FactPeriodRow> SumByPeriod(IReadOnlyList<FactPeriodRow> rows) => new(ChartNames.SumByPeriod, PeriodColumns, rows, []);

    /// <summary>
    /// A sum table with a <c>facts</c> column (the ids of the facts each row adds, space-separated)
    /// and the articles of all their mentions as sources, for downloads.
    /// </summary>
    /// <param name="table">A table made by <see cref="SumByDistrict"/> or <see cref="SumByPeriod"/>.</param>
    /// <param name="facts">The summable facts under the same filters.</param>
    /// <param name="sources">The mentions of <paramref name="facts"/>.</param>
    /// <param name="rowOf">The key of the row a fact is added to.</param>
    /// <param name="keyOf">The same key read from a row.</param>
    public static ChartTable<RowWithFacts<TRow>> WithFacts<TRow>(ChartTable<TRow> table, IReadOnlyList<FactView> facts, IReadOnlyList<FactSource> sources,
        Func<FactView, string> rowOf, Func<TRow, string> keyOf)
    {
        ArgumentNullException.ThrowIfNull(table);
        var idsByRow = facts.GroupBy(rowOf).ToDictionary(g => g.Key, g => string.Join(' ', g.Select(f => f.Id.ToString(CultureInfo.InvariantCulture))), StringComparer.Ordinal);
        var rows = table.Rows.Select(r => new RowWithFacts<TRow>(r, idsByRow.GetValueOrDefault(keyOf(r)))).ToArray();
        var columns = table.Columns
            .Select(c => new ExportColumn<RowWithFacts<TRow>>(c.Column, r => c.Cell(r.Row)))
            .Append(new ExportColumn<RowWithFacts<TRow>>(FactIds, r => r.FactIds))
            .ToArray();
        var articles = sources.DistinctBy(s => s.ArticleId).Select(s => new ExportSource(s.ArticleId, s.ArticleTitle, s.FileName, s.PublishedOn)).ToArray();
        return new ChartTable<RowWithFacts<TRow>>(table.Chart, columns, rows, articles);
    }

    /// <summary>The row key of a fact in the district table.</summary>
    public static string DistrictKey(FactView f) => Key(f.District, f.Unit, f.Counter, f.Kind);

    /// <summary>The row key of a district table row.</summary>
    public static string DistrictKey(FactSumRow r) => Key(r.District, r.Unit, r.Counter, r.Kind);

    /// <summary>The row key of a fact in the period table.</summary>
    public static string PeriodKey(FactView f) => Key(f.Period, f.Unit, f.Counter, f.Kind);

    /// <summary>The row key of a period table row.</summary>
    public static string PeriodKey(FactPeriodRow r) => Key(r.Period, r.Unit, r.Counter, r.Kind);

    private static readonly IReadOnlyList<ExportColumn<FactMention>> MentionColumns =
    [
        new(new("fact_id", "事实编号", "Fact", Width: 10), m => m.Fact.Id), new(new("value", "数值", "Value", Width: 16, IsAmount: true), m => m.Fact.Value),
        new(Unit, m => m.Fact.Unit), new(Counter, m => m.Fact.Counter), new(Kind, m => m.Fact.Kind),
        new(new("metric", "指标类别", "Metric", ExportCodeList.Metric, Width: 14), m => m.Fact.Metric), new(new("label", "指标", "Label", Width: 28), m => m.Fact.Label),
        new(District, m => m.Fact.District), new(Period, m => m.Fact.Period), new(Grain, m => m.Fact.PeriodGrain),
        new(new("total_fact_id", "所属总数", "Part of fact", Width: 12), m => m.Fact.TotalFactId), new(new("summable", "可加总", "Summable", Width: 8), m => m.Fact.IsSummable ? 1 : 0),
        new(new("doc", "来源文件", "Source file", Width: 28), m => m.Source.FileName), new(new("article_id", "文章编号", "Article", Width: 10), m => m.Source.ArticleId),
        new(new("article_title", "文章标题", "Article title", Width: 36), m => m.Source.ArticleTitle), new(new("published_on", "发布日期", "Published", Width: 12), m => m.Source.PublishedOn),
        new(new("surface", "原文数值", "As written", Width: 14), m => m.Source.Surface), new(new("start", "起始位置", "Start", Width: 8), m => m.Source.Start),
        new(new("end", "结束位置", "End", Width: 8), m => m.Source.End), new(new("sentence", "原句", "Sentence", Width: 60), m => m.Source.Sentence),
        new(new("merge_reason", "合并原因", "Why merged", Width: 16), m => m.Source.MergeReason), new(new("representative", "代表读数", "Representative", Width: 10), m => m.Source.IsRepresentative ? 1 : 0),
    ];

    /// <summary>One row per mention of each fact: the fact, then the mention as a source (document, article, sentence, offsets, merge reason).</summary>
    public static ChartTable<FactMention> FactSources(IReadOnlyList<FactView> facts, IReadOnlyList<FactSource> sources)
    {
        var byId = facts.ToDictionary(f => f.Id);
        return new ChartTable<FactMention>(
            "fact-sources",
            MentionColumns,
            sources.Where(s => byId.ContainsKey(s.FactId)).Select(s => new FactMention(byId[s.FactId], s)).ToArray(),
            sources.DistinctBy(s => s.ArticleId).Select(s => new ExportSource(s.ArticleId, s.ArticleTitle, s.FileName, s.PublishedOn)).ToArray());
    }

    private static string Key(string? key, CanonicalUnit unit, string? counter, IndicatorKind kind) => $"{key}\u001f{unit.ToWire()}\u001f{counter}\u001f{kind.ToWire()}";
}
