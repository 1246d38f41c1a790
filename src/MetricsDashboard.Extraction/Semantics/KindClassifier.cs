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
        var scan = default(TargetScan);
        return Classify(s, sentenceStart, q, ref scan);
    }

    /// <summary>
    /// As <see cref="Classify(ReadOnlySpan{char}, int, QuantitySpan)"/>, continuing <paramref name="scan"/>:
    /// the figures of a sentence, taken in text order, share one scan for plan markers instead of each
    /// reading the sentence from its start (a sentence of many figures was read once per figure).
    /// </summary>
    public (IndicatorKind Kind, int Sign) Classify(ReadOnlySpan<char> s, int sentenceStart, QuantitySpan q, ref TargetScan scan)
    {
        if (q.Unit == CanonicalUnit.Rank) { return (IndicatorKind.Rank, 1); }
        bool target = HasTargetMarker(s, sentenceStart, q.Start, ref scan);
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

    /// <summary>
    /// Whether the last marker before <paramref name="position"/> is a plan marker, not a cutter. What a
    /// position says does not depend on where the figure is, so a scan that got to an earlier figure of
    /// the same sentence goes on from there; one for another sentence, or past this figure, starts over.
    /// </summary>
    private bool HasTargetMarker(ReadOnlySpan<char> s, int sentenceStart, int position, ref TargetScan scan)
    {
        if (scan.SentenceStart != sentenceStart || scan.Position > position || scan.Position < sentenceStart)
        {
            scan = new TargetScan(sentenceStart, sentenceStart, false);
        }
        bool target = scan.Target;
        for (int j = scan.Position; j < position; j++)
        {
            if (lexicon.TargetCutters.TryMatchAt(s, j, out _, out _)) { target = false; }
            else if (lexicon.TargetMarkers.TryMatchAt(s, j, out _, out _)) { target = true; }
            else if (IsTargetYear(s, j)) { target = true; }
        }
        scan = new TargetScan(sentenceStart, Math.Max(position, sentenceStart), target);
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

/// <summary>How far a sentence's scan for plan markers has got (<see cref="KindClassifier"/>), and what it found.</summary>
internal readonly record struct TargetScan(int SentenceStart, int Position, bool Target);
