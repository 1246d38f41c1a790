using System.Globalization;

namespace MetricsDashboard.Data.Queries.Facts;

/// <summary>
/// Whether a filter can be answered from the fact rollups, which carry areas, sectors, metrics,
/// units, kinds and publication years, but no text, no ids and no days inside a year.
/// </summary>
internal static class FactRollupPlan
{
    /// <summary>True when the district rollups answer the filter exactly.</summary>
    public static bool CoversByDistrict(IndicatorFilter filter) =>
        string.IsNullOrWhiteSpace(filter.Text) && filter.DocumentId is null && filter.ArticleId is null
        && filter.From is null or { Month: 1, Day: 1 }
        && filter.To is null or { Month: 12, Day: 31 };

    /// <summary>True when the period rollups (which have no area) answer the filter exactly.</summary>
    public static bool CoversByPeriod(IndicatorFilter filter) =>
        CoversByDistrict(filter) && IndicatorFilterTranslator.Clean(filter.Districts).Count == 0;

    /// <summary>The first publication year the filter selects, as the rollups store it.</summary>
    public static string? FirstYear(IndicatorFilter filter) => filter.From?.Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The last publication year the filter selects.</summary>
    public static string? LastYear(IndicatorFilter filter) => filter.To?.Year.ToString("D4", CultureInfo.InvariantCulture);
}
