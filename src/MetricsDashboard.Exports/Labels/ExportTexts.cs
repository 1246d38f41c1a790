namespace MetricsDashboard.Exports.Labels;

/// <summary>
/// The words of an XLSX workbook around the data, in one language. Kept as typed data rather than
/// resources: the command line has no localisation services, and a missing word is a compile error.
/// </summary>
public sealed record ExportTexts(
    string DataSheet,
    string FiltersSheet,
    string SourcesSheet,
    string ExportedAt,
    string DataName,
    string RowCount,
    string Filter,
    string Value,
    string NoFilters,
    string TruncatedAt,
    string ArticleId,
    string ArticleTitle,
    string ArticleDoc,
    string ArticlePublishedOn)
{
    public static readonly ExportTexts Chinese = new(
        DataSheet: "数据", FiltersSheet: "筛选条件", SourcesSheet: "来源文章",
        ExportedAt: "导出时间", DataName: "数据", RowCount: "行数", Filter: "筛选项", Value: "取值",
        NoFilters: "无（全部数据）", TruncatedAt: "截断于（行）",
        ArticleId: "文章编号", ArticleTitle: "标题", ArticleDoc: "来源文件", ArticlePublishedOn: "发布日期");

    public static readonly ExportTexts English = new(
        DataSheet: "Data", FiltersSheet: "Filters", SourcesSheet: "Sources",
        ExportedAt: "Exported at", DataName: "Data", RowCount: "Rows", Filter: "Filter", Value: "Value",
        NoFilters: "none (all data)", TruncatedAt: "Cut at (rows)",
        ArticleId: "Article id", ArticleTitle: "Title", ArticleDoc: "Source file", ArticlePublishedOn: "Published on");
}
