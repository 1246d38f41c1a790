using System.Text.Json.Nodes;

namespace MetricsDashboard.Web.Model.Charts;

/// <summary>
/// The heatmap's colour bands. ApexCharts' default shading turns small counts into near-white cells
/// (white labels on white in light mode, a white block in dark mode); fixed bands from the theme's
/// surface to a deep blue, each with a label colour that reads on it, keep every cell legible.
/// </summary>
public static class HeatmapScale
{
    private static readonly string[] LightBands = ["#dbeafe", "#93c5fd", "#3b82f6", "#1d4ed8"];
    private static readonly string[] DarkBands = ["#1e3a5f", "#1d4ed8", "#3b82f6", "#93c5fd"];

    public static JsonArray Ranges(double max, bool dark)
    {
        var bands = dark ? DarkBands : LightBands;
        var ranges = new JsonArray
        {
            // An empty cell takes the card's own colour: no count, no colour.
            Range(0, 0, dark ? "#232a35" : "#f3f5f8", dark ? "#232a35" : "#f3f5f8", "0"),
        };
        var top = Math.Max(max, bands.Length);
        var step = top / bands.Length;
        for (var i = 0; i < bands.Length; i++)
        {
            var from = i == 0 ? 0.5 : Math.Floor(step * i) + 0.5;
            var to = i == bands.Length - 1 ? top + 1 : Math.Floor(step * (i + 1)) + 0.5;
            // The legend names whole counts (1–8), not the half-way bounds that keep the bands apart.
            var name = i == bands.Length - 1 ? $"≥{Math.Ceiling(from)}" : $"{Math.Ceiling(from)}–{Math.Floor(to)}";
            ranges.Add(Range(from, to, bands[i], LabelColor(i, dark), name));
        }
        return ranges;
    }

    // Light bands take dark text, deep bands white: in light mode the first two bands are pale.
    private static string LabelColor(int band, bool dark) =>
        dark ? (band == 3 ? "#0b1a2e" : "#ffffff") : (band < 2 ? "#0b1a2e" : "#ffffff");

    private static JsonObject Range(double from, double to, string color, string foreColor, string name) => new()
    {
        ["name"] = name,
        ["from"] = from,
        ["to"] = to,
        ["color"] = color,
        ["foreColor"] = foreColor,
    };
}
