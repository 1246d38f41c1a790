namespace MetricsDashboard.Extraction.Model;

/// <summary>
/// The canonical units of the indicator contract (INDICATORS.md). Every value is stored in one of
/// these, so that values of one unit can be compared and summed and values of two never are.
/// </summary>
public enum CanonicalUnit
{
    [WireName("CNY")]
    Cny,
    [WireName("USD")]
    Usd,
    [WireName("percent")]
    Percent,
    [WireName("pp")]
    PercentagePoint,
    [WireName("bp")]
    BasisPoint,
    [WireName("count")]
    Count,
    [WireName("rank")]
    Rank,
    [WireName("m2")]
    SquareMetre,
    [WireName("km")]
    Kilometre,
    [WireName("tonne")]
    Tonne,
    [WireName("kWh")]
    KilowattHour,
    [WireName("kW")]
    Kilowatt,
    [WireName("duration_year")]
    DurationYear,
    [WireName("duration_month")]
    DurationMonth,
    [WireName("duration_day")]
    DurationDay,
    [WireName("duration_hour")]
    DurationHour,
    [WireName("other")]
    Other,
}
