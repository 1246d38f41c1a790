namespace MetricsDashboard.Extraction.Normalisation;

/// <summary>
/// Normalised text, its lines, and the map of every offset back to the decoded text. The map may be
/// longer than the text; entries past <c>Text.Length</c> are unused.
/// </summary>
internal sealed class NormalisedText(string text, int[] map, IReadOnlyList<TextLine> lines)
{
    public string Text { get; } = text;

    public IReadOnlyList<TextLine> Lines { get; } = lines;

    /// <summary>The offset in the decoded text of the character at <paramref name="offset"/> (or of the end).</summary>
    public int ToOriginal(int offset) => map[Math.Clamp(offset, 0, Text.Length)];
}
