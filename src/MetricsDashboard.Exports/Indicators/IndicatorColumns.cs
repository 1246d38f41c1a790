using MetricsDashboard.Data.Queries;

namespace MetricsDashboard.Exports.Indicators;

/// <summary>
/// The columns of an indicator download: the fields of INDICATORS.md in their order, then the
/// source article (id, title, publication date) so every number can be traced, then who reviewed it
/// (status pending, verified or corrected; reviewer; UTC time): excluded figures are not in a download.
/// </summary>
public static class IndicatorColumns
{
    public static readonly IReadOnlyList<ExportColumn> All =
    [
        new("doc", "来源文件", "Source file", Width: 22),
        new("surface", "原文数值", "As written", Width: 14),
        new("start", "起始位置", "Start", Width: 8),
        new("end", "结束位置", "End", Width: 8),
        new("value", "数值", "Value", Width: 16, IsAmount: true),
        new("value_max", "数值上限", "Value (upper end)", Width: 16, IsAmount: true),
        new("unit", "单位", "Unit", ExportCodeList.Unit, Width: 10),
        new("counter", "量词", "Counter", Width: 8),
        new("qualifier", "限定", "Qualifier", ExportCodeList.Qualifier, Width: 10),
        new("kind", "类型", "Kind", ExportCodeList.Kind, Width: 8),
        new("metric", "指标类别", "Metric", ExportCodeList.Metric, Width: 14),
        new("label", "指标", "Label", Width: 24),
        new("district", "区县", "Area", Width: 14),
        new("sector", "领域", "Sector", ExportCodeList.Sector, Width: 16),
        new("period", "时期", "Period", Width: 16),
        new("sentence", "原句", "Sentence", Width: 60),
        new("confidence", "置信度", "Confidence", Width: 10),
        new("article_id", "文章编号", "Article id", Width: 10),
        new("article_title", "文章标题", "Article title", Width: 36),
        new("published_on", "发布日期", "Published on", Width: 12),
        new("review_status", "审核状态", "Review status", Width: 12),
        new("reviewed_by", "审核人", "Reviewed by", Width: 14),
        new("reviewed_at", "审核时间", "Reviewed at (UTC)", Width: 20),
    ];

    public static object?[] ToCells(IndicatorRow r) =>
    [
        r.Doc, r.Surface, r.Start, r.End, r.Value, r.ValueMax,
        r.Unit, r.Counter, r.Qualifier, r.Kind, r.Metric, r.Label, r.District, r.Sector, r.Period, r.Sentence,
        r.Confidence, r.ArticleId, r.ArticleTitle, r.PublishedOn,
        r.ReviewStatus, r.ReviewedBy, r.ReviewedAt is DateTime at ? at.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : null,
    ];

    public static ExportSource ToSource(CitedArticle article) =>
        new(article.ArticleId, article.Title, article.Doc, article.PublishedOn);

    /// <summary>The distinct articles the rows cite, in first-seen order (for short lists already in memory).</summary>
    public static IReadOnlyList<ExportSource> SourcesOf(IEnumerable<IndicatorRow> rows) =>
        rows.DistinctBy(r => r.ArticleId)
            .Select(r => new ExportSource(r.ArticleId, r.ArticleTitle, r.Doc, r.PublishedOn))
            .ToArray();
}
