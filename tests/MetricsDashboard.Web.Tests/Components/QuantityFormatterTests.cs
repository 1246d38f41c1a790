using System.Globalization;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Model.Formatting;

namespace MetricsDashboard.Web.Tests.Components;

public sealed class QuantityFormatterTests
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    [Theory]
    [InlineData(1.2986e11, "CNY", null, "1298.6亿元")]
    [InlineData(3e7, "CNY", null, "3000万元")]
    [InlineData(5350000, "count", "人次", "535万人次")]
    [InlineData(4439, "count", "起", "4439起")]
    [InlineData(-29.93, "percent", null, "-29.93%")]
    [InlineData(4, "rank", null, "4位")]
    [InlineData(78000, "m2", null, "7.8万平方米")]
    public void FormatQuantity_Chinese_Uses万And亿(double value, string unit, string? counter, string expected) =>
        Assert.Equal(expected, QuantityFormatter.FormatQuantity(value, null, Unit(unit), counter, Zh));

    [Theory]
    [InlineData(1.2986e11, "CNY", null, "CNY 129.86B")]
    [InlineData(170000, "count", "名", "170K (名)")]
    [InlineData(1500, "m2", null, "1.5K m²")]
    public void FormatQuantity_English_UsesKMB(double value, string unit, string? counter, string expected) =>
        Assert.Equal(expected, QuantityFormatter.FormatQuantity(value, null, Unit(unit), counter, En));

    [Fact]
    public void FormatQuantity_Range_ShowsBothEnds() =>
        Assert.Equal("10万—20万元", QuantityFormatter.FormatQuantity(1e5, 2e5, CanonicalUnit.Cny, null, Zh));

    // The cases name units by their wire names, as INDICATORS.md does.
    private static CanonicalUnit Unit(string wire) =>
        WireNames.TryParse<CanonicalUnit>(wire, out var unit) ? unit : throw new ArgumentException($"no unit '{wire}'", nameof(wire));
}
