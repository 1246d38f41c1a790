using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Exports;
using MetricsDashboard.Exports.Labels;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Web.Tests.Exports;

internal static class ExportSamples
{
    public static readonly ReferenceData Reference = new(
        [],
        [new KeyName("public_safety", "公共安全", "Public safety"), new KeyName("consumption_commerce", "消费与商贸", "Consumption and commerce")],
        [],
        [CanonicalUnit.Cny, CanonicalUnit.Count, CanonicalUnit.Percent]);

    public static ExportTable Indicators(string culture = "zh-CN") => new(
        "indicators",
        [
            new("district", "区县", "Area"), new("value", "数值", "Value", IsAmount: true), new("unit", "单位", "Unit", ExportCodeList.Unit),
            new("label", "指标", "Label", Width: 24), new("sector", "领域", "Sector", ExportCodeList.Sector), new("published_on", "发布日期", "Published on"),
        ],
        Rows().ToAsyncEnumerable(),
        [new("district", "锦江区"), new("district", "四川省"), new("sector", "public_safety")],
        new DateTimeOffset(2026, 11, 22, 16, 0, 0, TimeSpan.FromHours(8)),
        new[] { new ExportSource(7, "锦江区消费", "000.txt", new DateOnly(2024, 1, 10)) }.ToAsyncEnumerable(),
        new ExportLabels(CultureInfo.GetCultureInfo(culture), Reference));

    private static object?[][] Rows() =>
    [
        ["锦江区", 1.2986e11, "CNY", "社会消费品零售总额", "consumption_commerce", new DateOnly(2024, 1, 10)],
        ["四川省", -29.93, "percent", "=HYPERLINK(\"http://x\")", "public_safety", null],
        [null, 4439d, "count", "案件, \"经济\"\n犯罪", "public_safety", new DateOnly(2024, 1, 10)],
        ["武侯区", 3e7, "CNY", "消费券", "consumption_commerce", new DateOnly(2024, 1, 11)],
    ];
}
