using System.Globalization;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Import;

/// <summary>
/// Keeps one document from filling the database: a page of <c>1万元，1万元，…</c> yields a million
/// figures. A document over the cap is stored with its first figures (in text order) and a warning
/// that heads its report line, so the text stays browsable and the operator sees what was cut.
/// </summary>
public static class FigureCap
{
    /// <summary>The warning code of a capped document.</summary>
    public const string WarningCode = "figure-cap";

    /// <summary>The result with at most <paramref name="maxFigures"/> indicators; the same instance when under the cap or when the cap is off (null or ≤ 0).</summary>
    public static ExtractionResult Apply(ExtractionResult result, int? maxFigures)
    {
        if (maxFigures is not > 0 || result.Indicators.Count <= maxFigures)
        {
            return result;
        }
        var cap = maxFigures.Value;
        var warning = new ExtractionWarning(WarningCode, string.Create(CultureInfo.InvariantCulture,
            $"figure cap hit: kept the first {cap:N0} of {result.Indicators.Count:N0} figures (Import:MaxFiguresPerDocument)"));
        return result with
        {
            Indicators = result.Indicators.Take(cap).ToList(),
            Warnings = [warning, .. result.Warnings],
        };
    }
}
