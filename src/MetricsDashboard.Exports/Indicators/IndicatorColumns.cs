using MetricsDashboard.Data.Queries;

namespace MetricsDashboard.Exports.Indicators;

/// <summary>
/// The columns of an indicator download: the fields of INDICATORS.md in their order, then the
/// source article (id, title, publication date) so every number can be traced, then who reviewed it
/// (status pending, verified or corrected; reviewer; UTC time): excluded figures are not in a download.
/// </summary>
public static class IndicatorColumns
{
    public static readonly IReadOnlyList<ExportColumn<IndicatorRow>> All =
    [
        new(new("doc", "来源文件", "Source file", Width: 22), r => r.Doc),
        new(new("surface", "原文数值", "As written", Width: 14), r => r.Surface),
        new(new("start", "起始位置", "Start", Width: 8), r => r.Start),
        new(new("end", "结束位置", "End", Width: 8), r => r.End),
        new(new("value", "数值", "Value", Width: 16, IsAmount: true), r => r.Value),
        new(new("value_max", "数值上限", "Value (upper end)", Width: 16, IsAmount: true), r => r.ValueMax),
        new(new("unit", "单位", "Unit", ExportCodeList.Unit, Width: 10), r => r.Unit),
        new(new("counter", "量词", "Counter", Width: 8), r => r.Counter),
        new(new("qualifier", "限定", "Qualifier", ExportCodeList.Qualifier, Width: 10), r => r.Qualifier),
        new(new("kind", "类型", "Kind", ExportCodeList.Kind, Width: 8), r => r.Kind),
        new(new("metric", "指标类别", "Metric", ExportCodeList.Metric, Width: 14), r => r.Metric),
        new(new("label", "指标", "Label", Width: 24), r => r.Label),
        new(new("district", "区县", "Area", Width: 14), r => r.District),
        new(new("sector", "领域", "Sector", ExportCodeList.Sector, Width: 16), r => r.Sector),
        new(new("period", "时期", "Period", Width: 16), r => r.Period),
        new(new("sentence", "原句", "Sentence", Width: 60), r => r.Sentence),
        new(new("confidence", "置信度", "Confidence", Width: 10), r => r.Confidence),
        new(new("article_id", "文章编号", "Article id", Width: 10), r => r.ArticleId),
        new(new("article_title", "文章标题", "Article title", Width: 36), r => r.ArticleTitle),
        new(new("published_on", "发布日期", "Published on", Width: 12), r => r.PublishedOn),
        new(new("review_status", "审核状态", "Review status", Width: 12), r => r.ReviewStatus),
        new(new("reviewed_by", "审核人", "Reviewed by", Width: 14), r => r.ReviewedBy),
        new(new("reviewed_at", "审核时间", "Reviewed at (UTC)", Width: 20), r => r.ReviewedAt is DateTime at ? at.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : null),
    ];

    /// <summary>The headings of <see cref="All"/>.</summary>
    public static readonly IReadOnlyList<ExportColumn> Headings = ExportCells.Headings(All);

    public static ExportSource ToSource(CitedArticle article) =>
        new(article.ArticleId, article.Title, article.Doc, article.PublishedOn);

    /// <summary>The distinct articles the rows cite, in first-seen order (for short lists already in memory).</summary>
    public static IReadOnlyList<ExportSource> SourcesOf(IEnumerable<IndicatorRow> rows) =>
        rows.DistinctBy(r => r.ArticleId)
            .Select(r => new ExportSource(r.ArticleId, r.ArticleTitle, r.Doc, r.PublishedOn))
            .ToArray();
}
