using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Exports;

namespace MetricsDashboard.Web.Charts;

/// <summary>
/// The columns of an indicator download: the fields of INDICATORS.md in their order, then the
/// source article (id, title, publication date) so every number can be traced.
/// </summary>
public static class IndicatorColumns
{
    public static readonly IReadOnlyList<ExportColumn> All =
    [
        new("doc", "来源文件"), new("surface", "原文数值"), new("start", "起始位置"), new("end", "结束位置"),
        new("value", "数值"), new("value_max", "数值上限"), new("unit", "单位"), new("counter", "量词"),
        new("qualifier", "限定"), new("kind", "类型"), new("metric", "指标类别"), new("label", "指标"),
        new("district", "区县"), new("sector", "领域"), new("period", "时期"), new("sentence", "原句"),
        new("confidence", "置信度"), new("article_id", "文章编号"), new("article_title", "文章标题"),
        new("published_on", "发布日期"),
    ];

    public static object?[] ToCells(IndicatorRow r) =>
    [
        r.Doc, r.Surface, r.Start, r.End, r.Value, r.ValueMax, r.Unit, r.Counter, r.Qualifier, r.Kind,
        r.Metric, r.Label, r.District, r.Sector, r.Period, r.Sentence, r.Confidence, r.ArticleId,
        r.ArticleTitle, r.PublishedOn,
    ];

    /// <summary>The distinct articles the rows cite, in first-seen order.</summary>
    public static IReadOnlyList<ExportSource> SourcesOf(IEnumerable<IndicatorRow> rows) =>
        rows.DistinctBy(r => r.ArticleId)
            .Select(r => new ExportSource(r.ArticleId, r.ArticleTitle, r.Doc, r.PublishedOn))
            .ToArray();
}
