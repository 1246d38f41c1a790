using MetricsDashboard.Web.Exports;

namespace MetricsDashboard.Web.Tests.Exports;

internal static class ExportSamples
{
    public static ExportTable Indicators() => new(
        "indicators",
        [new("district", "区县"), new("value", "数值"), new("unit", "单位"), new("label", "指标"), new("published_on", "发布日期")],
        [
            ["锦江区", 1.2986e11, "CNY", "社会消费品零售总额", new DateOnly(2024, 1, 10)],
            ["四川省", -29.93, "percent", "=HYPERLINK(\"http://x\")", null],
            [null, 4439d, "count", "案件, \"经济\"\n犯罪", new DateOnly(2024, 1, 10)],
        ],
        [new("district", "锦江区"), new("district", "四川省"), new("sector", "public_safety")],
        new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero),
        [new ExportSource(7, "锦江区消费", "000.txt", new DateOnly(2024, 1, 10))]);
}
