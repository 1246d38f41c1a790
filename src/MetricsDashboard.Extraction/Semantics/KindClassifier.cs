using MetricsDashboard.Extraction.Lexicons;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Numbers;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>
/// Actual, target, change or rank. A rank is a 第N; a rate right after 增长/下降 is a change (a
/// decrease negative); a plan marker (将, 预计, 力争, 到2025年 …) earlier in the sentence, not undone
/// by 已, makes a target.
/// </summary>
internal sealed class KindClassifier(Lexicon lexicon)
{
    private const int ChangeWindow = 8;

    /// <summary>The kind, and −1 when the text reports a decrease (the value is then negated).</summary>
    public (IndicatorKind Kind, int Sign) Classify(ReadOnlySpan<char> s, int sentenceStart, QuantitySpan q)
    {
        if (q.Unit == CanonicalUnit.Rank) { return (IndicatorKind.Rank, 1); }
        bool target = HasTargetMarker(s, sentenceStart, q.Start);
        if (q.Unit is CanonicalUnit.Percent or CanonicalUnit.PercentagePoint or CanonicalUnit.BasisPoint)
        {
            int direction = ChangeDirection(s, sentenceStart, q.Start);
            if (direction != 0)
            {
                return (target ? IndicatorKind.Target : IndicatorKind.Change, direction);
            }
        }
        return (target ? IndicatorKind.Target : IndicatorKind.Actual, 1);
    }

    private bool HasTargetMarker(ReadOnlySpan<char> s, int sentenceStart, int position)
    {
        bool target = false;
        for (int j = sentenceStart; j < position; j++)
        {
            if (lexicon.TargetCutters.TryMatchAt(s, j, out _, out _)) { target = false; }
            else if (lexicon.TargetMarkers.TryMatchAt(s, j, out _, out _)) { target = true; }
            else if (IsTargetYear(s, j)) { target = true; }
        }
        return target;
    }

    /// <summary>到2025年, 力争到 2025 年: a year given as a deadline.</summary>
    private static bool IsTargetYear(ReadOnlySpan<char> s, int j) =>
        s[j] == '到' && j + 5 < s.Length && s[j + 1] is '2' && s[j + 5] == '年';

    /// <summary>+1 after 增长/提高, −1 after 下降/减少, 0 when neither stands just before the number.</summary>
    private int ChangeDirection(ReadOnlySpan<char> s, int sentenceStart, int position)
    {
        int from = Math.Max(sentenceStart, position - ChangeWindow);
        for (int end = position; end > from; end--)
        {
            if (s[end - 1] is '，' or '。' or '；') { break; }
            if (lexicon.ChangeMarkers.TryMatchEndingAt(s, end, out _, out int direction)) { return direction; }
        }
        return 0;
    }
}
