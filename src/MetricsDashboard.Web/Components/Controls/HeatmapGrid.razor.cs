using System.Globalization;
using MetricsDashboard.Web.Model.Charts;
using Microsoft.AspNetCore.Components;

namespace MetricsDashboard.Web.Components.Controls;

/// <summary>
/// The overview's heatmap drawn as an HTML table instead of an ApexCharts heatmap: ApexCharts
/// measured every cell label in SVG (≈180 ms of the browser's time per filter change for 12 areas ×
/// 16 topics, the largest share of a redraw); a table of coloured cells costs a few milliseconds,
/// keeps its labels readable on a phone (it scrolls sideways instead of shrinking them), reads as a
/// table to a screen reader, and each non-empty cell is a button that filters by its area and topic.
/// </summary>
public sealed partial class HeatmapGrid
{
    private IReadOnlyList<HeatBand> _bands = HeatmapScale.For(0);

    /// <summary>One series per row (an area, busiest first), one point per column (a topic), the same columns in every row.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<ChartSeries> Rows { get; set; } = [];

    /// <summary>Called with the row and column of a clicked cell.</summary>
    [Parameter]
    public EventCallback<ChartPointSelection> OnPointSelected { get; set; }

    [Parameter]
    public string TestId { get; set; } = "heatmap-chart";

    private IReadOnlyList<ChartPoint> Columns => Rows.Count > 0 ? Rows[0].Points : [];

    protected override void OnParametersSet() =>
        _bands = HeatmapScale.For(Rows.SelectMany(r => r.Points).Select(p => p.Y ?? 0).DefaultIfEmpty(0).Max());

    private static string Format(double count) => count.ToString("N0", CultureInfo.CurrentCulture);

    private static string CellTitle(ChartSeries row, ChartPoint point) => $"{row.Name} · {point.X}: {Format(point.Y ?? 0)}";

    private Task SelectAsync(ChartSeries row, ChartPoint point) =>
        OnPointSelected.HasDelegate ? OnPointSelected.InvokeAsync(new ChartPointSelection(row, point)) : Task.CompletedTask;
}
