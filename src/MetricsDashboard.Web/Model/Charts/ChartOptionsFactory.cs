using System.Globalization;
using MetricsDashboard.Web.Model.Theming;

namespace MetricsDashboard.Web.Model.Charts;

/// <summary>
/// The one place pages get chart options from: the kind, the circuit's theme and UI language, and a
/// height that follows the number of bars or rows (so 3 bars are not stretched and 60 are not squeezed).
/// Built at render time, so a theme switch redraws charts in the new colours.
/// </summary>
public sealed class ChartOptionsFactory(ThemeState theme)
{
    private const int RowHeight = 26;

    private static string Locale => CultureInfo.CurrentUICulture.Name;

    /// <summary>Horizontal bars, one row per category (at least 4 rows high, at most <paramref name="maxHeight"/>).</summary>
    public ChartOptions HorizontalBars(int categories, string exportName, string? valueSuffix = null, int seriesCount = 1, int maxHeight = 560) =>
        Create(ChartKind.HorizontalBar, exportName, valueSuffix) with
        {
            Height = Math.Min(120 + Math.Max(categories, 4) * RowHeight * Math.Max(1, seriesCount / 2), maxHeight),
        };

    public ChartOptions Bars(string exportName, string? valueSuffix = null) => Create(ChartKind.Bar, exportName, valueSuffix);

    public ChartOptions Line(string exportName, string? valueSuffix = null) => Create(ChartKind.Line, exportName, valueSuffix);

    public ChartOptions Donut(string exportName, int height = 360) => Create(ChartKind.Donut, exportName) with { Height = height };

    private ChartOptions Create(ChartKind kind, string exportName, string? valueSuffix = null) => new()
    {
        Kind = kind,
        Locale = Locale,
        Dark = theme.IsDark,
        ValueSuffix = valueSuffix,
        ExportFileName = exportName,
    };
}
