using MetricsDashboard.Extraction.Normalisation;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>Clause boundaries around a position, within a sentence.</summary>
internal static class ClauseText
{
    /// <summary>Start of the clause holding <paramref name="position"/> (after the last ，；：（ before it).</summary>
    public static int ClauseStart(ReadOnlySpan<char> s, int sentenceStart, int position)
    {
        int i = position;
        while (i > sentenceStart && !CjkText.IsClauseBreak(s[i - 1])) { i--; }
        return i;
    }

    /// <summary>End of the clause holding <paramref name="position"/>.</summary>
    public static int ClauseEnd(ReadOnlySpan<char> s, int sentenceEnd, int position)
    {
        int i = position;
        while (i < sentenceEnd && !CjkText.IsClauseBreak(s[i])) { i++; }
        return i;
    }
}
