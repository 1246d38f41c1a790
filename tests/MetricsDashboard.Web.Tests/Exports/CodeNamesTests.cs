using System.Globalization;
using MetricsDashboard.Exports;
using MetricsDashboard.Exports.Labels;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Web.Tests.Support;

namespace MetricsDashboard.Web.Tests.Exports;

/// <summary>Pages and downloads name the contract's codes from one table.</summary>
public sealed class CodeNamesTests
{
    public static TheoryData<string> Cultures => ["zh-CN", "en"];

    [Fact]
    public void EveryCode_OfEveryFixedList_HasAChineseAndAnEnglishName()
    {
        AssertNamed<Qualifier>(CodeNames.Qualifiers);
        AssertNamed<IndicatorKind>(CodeNames.Kinds);
        AssertNamed<CanonicalUnit>(CodeNames.Units);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void PageAndDownload_NameKindsAndQualifiersAlike(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var page = TestDisplayNames.Create(cultureName);
        var download = new ExportLabels(culture, null);

        Assert.All(Enum.GetValues<Qualifier>(), q => Assert.Equal(download.Display(ExportCodeList.Qualifier, q.ToWire()), page.Qualifier(q)));
        Assert.All(Enum.GetValues<IndicatorKind>(), k => Assert.Equal(download.Display(ExportCodeList.Kind, k.ToWire()), page.Kind(k)));
        Assert.Equal(cultureName == "en" ? "At least" : "以上", page.Qualifier(Qualifier.MoreThan));
    }

    private static void AssertNamed<TEnum>(IReadOnlyDictionary<string, (string Zh, string En)> names) where TEnum : struct, Enum =>
        Assert.All(WireNames.All<TEnum>(), code =>
        {
            Assert.True(names.TryGetValue(code, out var name), $"{typeof(TEnum).Name} '{code}' has no name");
            Assert.False(string.IsNullOrWhiteSpace(name.Zh));
            Assert.False(string.IsNullOrWhiteSpace(name.En));
        });
}
