namespace MetricsDashboard.Web.Model.Charts;

/// <summary>One colour band of the heatmap.</summary>
/// <param name="Index">1 (palest) to <see cref="HeatmapScale.BandCount"/> (deepest); 0 is the empty cell.</param>
/// <param name="From">The smallest count in the band.</param>
/// <param name="To">The largest count in the band (int.MaxValue for the last, open-ended one).</param>
/// <param name="Name">The legend's text, e.g. "1–8" or "≥25".</param>
public sealed record HeatBand(int Index, int From, int To, string Name);

/// <summary>
/// The heatmap's colour bands: fixed steps from the card's surface to a deep blue (colours in
/// HeatmapGrid.razor.css, one set per theme), each with a label colour that reads on it. A shading
/// proportional to the count would turn small counts into near-white cells (white labels on white
/// in light mode, a white block in dark mode); bands keep every cell legible.
/// </summary>
public static class HeatmapScale
{
    /// <summary>Bands of non-zero counts.</summary>
    public const int BandCount = 4;

    /// <summary>
    /// Equal steps up to <paramref name="max"/> (at least one count per band), each starting one past
    /// the end of the one before: every count from 1 up falls in exactly one band, the last open-ended.
    /// </summary>
    public static IReadOnlyList<HeatBand> For(double max)
    {
        var top = Math.Max(max, BandCount);
        var step = top / BandCount;
        var bands = new HeatBand[BandCount];
        var from = 1;
        for (var i = 0; i < BandCount; i++)
        {
            var last = i == BandCount - 1;
            var to = last ? int.MaxValue : Math.Max(from, (int)Math.Floor(step * (i + 1)));
            bands[i] = new HeatBand(i + 1, from, to, last ? $"≥{from}" : from == to ? $"{from}" : $"{from}–{to}");
            from = to + 1;
        }
        return bands;
    }

    /// <summary>The band of a count: 0 for none, else the band whose range holds it.</summary>
    public static int BandOf(double count, IReadOnlyList<HeatBand> bands)
    {
        if (count <= 0)
        {
            return 0;
        }
        foreach (var band in bands)
        {
            if (count <= band.To)
            {
                return band.Index;
            }
        }
        return bands.Count;
    }
}
