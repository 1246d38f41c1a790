using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Extraction.Tests;

/// <summary>The one enum ↔ wire-name mapping of the contract's code lists.</summary>
public sealed class WireNamesTests
{
    [Theory]
    [InlineData(CanonicalUnit.Cny, "CNY")]
    [InlineData(CanonicalUnit.PercentagePoint, "pp")]
    [InlineData(CanonicalUnit.SquareMetre, "m2")]
    [InlineData(CanonicalUnit.KilowattHour, "kWh")]
    [InlineData(CanonicalUnit.DurationYear, "duration_year")]
    public void Unit_RoundTripsThroughTryParse(CanonicalUnit unit, string code)
    {
        Assert.Equal(code, unit.ToWire());
        Assert.True(WireNames.TryParse<CanonicalUnit>(code, out var parsed));
        Assert.Equal(unit, parsed);
    }

    [Fact]
    public void ContractNames_AreTheDocumentedOnes()
    {
        Assert.Equal(["exact", "approx", "more_than", "at_most", "range"], WireNames.All<Qualifier>());
        Assert.Equal(["actual", "target", "change", "rank"], WireNames.All<IndicatorKind>());
        Assert.Equal(["amount", "size_class", "threshold", "cap", "enumeration"], WireNames.All<FigureForm>());
        Assert.Equal(["none", "metadata", "inferred"], WireNames.All<DateSource>());
        Assert.Equal("more_than", Qualifier.MoreThan.ToWire());
    }

    [Theory]
    [InlineData("cny")]
    [InlineData("亿元")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownCode_ReturnsFalse(string? code) =>
        Assert.False(WireNames.TryParse<CanonicalUnit>(code, out _));

    [Fact]
    public void TryParse_IsCaseSensitive_AsStoredCodesAre() =>
        Assert.False(WireNames.TryParse<Qualifier>("More_Than", out _));

    [Fact]
    public void EveryMember_OfEveryContractEnum_HasOneDistinctName()
    {
        AssertComplete<CanonicalUnit>();
        AssertComplete<Qualifier>();
        AssertComplete<IndicatorKind>();
        AssertComplete<FigureForm>();
        AssertComplete<DateSource>();
    }

    [Fact]
    public void ToWire_ValueOutsideTheEnum_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Qualifier)99).ToWire());

    private static void AssertComplete<TEnum>() where TEnum : struct, Enum
    {
        var names = WireNames.All<TEnum>();
        Assert.Equal(Enum.GetValues<TEnum>().Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Enum.GetValues<TEnum>(), v => Assert.True(WireNames.TryParse<TEnum>(v.ToWire(), out var back) && back.Equals(v)));
    }
}
