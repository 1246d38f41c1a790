using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Extraction.Tests;

public sealed class CanonicalUnitCodesTests
{
    [Theory]
    [InlineData(CanonicalUnit.Cny, "CNY")]
    [InlineData(CanonicalUnit.PercentagePoint, "pp")]
    [InlineData(CanonicalUnit.SquareMetre, "m2")]
    [InlineData(CanonicalUnit.KilowattHour, "kWh")]
    [InlineData(CanonicalUnit.DurationYear, "duration_year")]
    public void ToCode_RoundTripsThroughTryParse(CanonicalUnit unit, string code)
    {
        Assert.Equal(code, unit.ToCode());
        Assert.True(CanonicalUnitCodes.TryParse(code, out var parsed));
        Assert.Equal(unit, parsed);
    }

    [Theory]
    [InlineData("cny")]
    [InlineData("亿元")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownCode_ReturnsFalse(string? code) =>
        Assert.False(CanonicalUnitCodes.TryParse(code, out _));

    [Fact]
    public void All_CoversEveryUnitOnce() =>
        Assert.Equal(Enum.GetValues<CanonicalUnit>().Length, CanonicalUnitCodes.All.Distinct().Count());
}
