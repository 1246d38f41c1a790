namespace MetricsDashboard.Extraction.Normalisation;

/// <summary>Normalised text, its lines, and the map of every offset back to the decoded text.</summary>
internal sealed class NormalisedText(string text, OffsetMap map, IReadOnlyList<TextLine> lines)
{
    public string Text { get; } = text;

    public IReadOnlyList<TextLine> Lines { get; } = lines;

    /// <summary>The offset in the decoded text of the character at <paramref name="offset"/> (or of the end).</summary>
    public int ToOriginal(int offset) => map.ToOriginal(Math.Clamp(offset, 0, Text.Length));
}
