using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Facts;

/// <summary>Units whose values add up: money, counts, areas, lengths, masses, energy, power. Rates, ranks and durations do not.</summary>
public static class AdditiveUnits
{
    private static readonly HashSet<CanonicalUnit> Units =
    [
        CanonicalUnit.Cny, CanonicalUnit.Usd, CanonicalUnit.Count, CanonicalUnit.SquareMetre, CanonicalUnit.Kilometre,
        CanonicalUnit.Tonne, CanonicalUnit.KilowattHour, CanonicalUnit.Kilowatt,
    ];

    public static bool Contains(CanonicalUnit unit) => Units.Contains(unit);

    /// <summary>Every additive unit, for a query that selects by unit in SQL.</summary>
    public static IReadOnlyList<CanonicalUnit> All { get; } = [.. Units];
}
