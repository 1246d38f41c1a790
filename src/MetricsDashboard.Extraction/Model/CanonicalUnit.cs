namespace MetricsDashboard.Extraction.Model;

/// <summary>
/// The canonical units of the indicator contract (INDICATORS.md). Every value is stored in one of
/// these, so that values of one unit can be compared and summed and values of two never are.
/// </summary>
public enum CanonicalUnit
{
    Cny,
    Usd,
    Percent,
    PercentagePoint,
    BasisPoint,
    Count,
    Rank,
    SquareMetre,
    Kilometre,
    Tonne,
    KilowattHour,
    Kilowatt,
    DurationYear,
    DurationMonth,
    DurationDay,
    DurationHour,
    Other,
}
