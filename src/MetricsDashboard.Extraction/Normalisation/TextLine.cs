namespace MetricsDashboard.Extraction.Normalisation;

/// <summary>
/// One line of normalised text: a paragraph once broken lines are joined, or a headline/byline.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character (before the line feed).</param>
/// <param name="Standalone">The source line stood alone between blank lines (headlines do).</param>
internal readonly record struct TextLine(int Start, int End, bool Standalone);
