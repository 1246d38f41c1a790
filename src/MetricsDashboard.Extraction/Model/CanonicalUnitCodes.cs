using System.Collections.Frozen;

namespace MetricsDashboard.Extraction.Model;

/// <summary>The wire codes of <see cref="CanonicalUnit"/> used in JSON, CSV, URLs and the database.</summary>
public static class CanonicalUnitCodes
{
    private static readonly FrozenDictionary<CanonicalUnit, string> Codes = new Dictionary<CanonicalUnit, string>
    {
        [CanonicalUnit.Cny] = "CNY",
        [CanonicalUnit.Usd] = "USD",
        [CanonicalUnit.Percent] = "percent",
        [CanonicalUnit.PercentagePoint] = "pp",
        [CanonicalUnit.BasisPoint] = "bp",
        [CanonicalUnit.Count] = "count",
        [CanonicalUnit.Rank] = "rank",
        [CanonicalUnit.SquareMetre] = "m2",
        [CanonicalUnit.Kilometre] = "km",
        [CanonicalUnit.Tonne] = "tonne",
        [CanonicalUnit.KilowattHour] = "kWh",
        [CanonicalUnit.Kilowatt] = "kW",
        [CanonicalUnit.DurationYear] = "duration_year",
        [CanonicalUnit.DurationMonth] = "duration_month",
        [CanonicalUnit.DurationDay] = "duration_day",
        [CanonicalUnit.DurationHour] = "duration_hour",
        [CanonicalUnit.Other] = "other",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, CanonicalUnit> Units =
        Codes.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>All codes, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<CanonicalUnit>().Select(u => Codes[u]).ToArray();

    /// <summary>The wire code of a unit, e.g. <c>CNY</c> or <c>m2</c>.</summary>
    public static string ToCode(this CanonicalUnit unit) => Codes[unit];

    /// <summary>Parses a wire code; false for anything not in the contract.</summary>
    public static bool TryParse(string? code, out CanonicalUnit unit)
    {
        unit = default;
        return code is not null && Units.TryGetValue(code, out unit);
    }
}
