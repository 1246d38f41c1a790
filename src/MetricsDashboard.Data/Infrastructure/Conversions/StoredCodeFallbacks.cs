using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Infrastructure.Conversions;

/// <summary>
/// What a stored code this version does not know reads as: the contract's catch-all or its weakest
/// claim, so a page shows the row (marked vaguely) rather than failing. Imports never write such a code:
/// the importer stores enum members and review corrections are parsed (<see cref="WireNames.TryParse"/>).
/// </summary>
public static class StoredCodeFallbacks
{
    public static TEnum For<TEnum>() where TEnum : struct, Enum => (TEnum)(typeof(TEnum) switch
    {
        var t when t == typeof(CanonicalUnit) => (object)CanonicalUnit.Other,
        // "about": no claim that the value is exact or bounds the quantity.
        var t when t == typeof(Qualifier) => (object)Qualifier.Approx,
        // Reported figures are the default reading everywhere (INDICATORS.md).
        var t when t == typeof(IndicatorKind) => (object)IndicatorKind.Actual,
        // Not an amount: a row of unknown form is never shown as a summable quantity.
        var t when t == typeof(FigureForm) => (object)FigureForm.Enumeration,
        var t when t == typeof(DateSource) => (object)DateSource.None,
        _ => throw new NotSupportedException($"{typeof(TEnum).Name} is not one of the contract's stored enums."),
    });
}
