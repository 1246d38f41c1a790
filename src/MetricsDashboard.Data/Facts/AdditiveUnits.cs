namespace MetricsDashboard.Data.Facts;

/// <summary>Units whose values add up: money, counts, areas, lengths, masses, energy, power. Rates, ranks and durations do not.</summary>
public static class AdditiveUnits
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal) { "CNY", "USD", "count", "m2", "km", "tonne", "kWh", "kW" };

    public static bool Contains(string unit) => Codes.Contains(unit);
}
