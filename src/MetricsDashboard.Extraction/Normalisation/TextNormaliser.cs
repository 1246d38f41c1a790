using System.Buffers;

namespace MetricsDashboard.Extraction.Normalisation;

/// <summary>
/// Undoes the damage of PDF extraction: folds full-width forms, drops the spaces between Chinese
/// characters and digits, and joins lines broken mid-sentence, while keeping headlines and bylines
/// on lines of their own. Every output character remembers its offset in the input.
/// </summary>
internal static class TextNormaliser
{
    public static NormalisedText Normalise(string original)
    {
        var raw = SplitLines(original);
        var blockSize = BlockSizes(raw);
        var buffer = ArrayPool<char>.Shared.Rent(original.Length + raw.Count + 1);
        var map = new OffsetMap();
        var lines = new List<TextLine>();
        int length = 0;
        int lineStart = 0;
        bool lineStandalone = false;
        bool open = false;

        for (int k = 0; k < raw.Count; k++)
        {
            var (start, end) = raw[k];
            if (start == end) { continue; }
            if (!open)
            {
                if (lines.Count > 0 || length > 0)
                {
                    map.Add(length, start);
                    buffer[length++] = '\n';
                }
                lineStart = length;
                lineStandalone = blockSize[k] == 1;
                open = true;
            }
            else if (IsAsciiWordChar(buffer[length - 1]) && IsAsciiWordChar(CjkText.Fold(original[start])))
            {
                // Two English words were split by the line break: keep them apart.
                map.Add(length, start);
                buffer[length++] = ' ';
            }
            length = EmitLine(original, start, end, buffer, map, length, lineStart);

            int next = NextNonEmpty(raw, k + 1);
            if (next < 0 || !Joins(original, raw, blockSize, k, next))
            {
                lines.Add(new TextLine(lineStart, length, lineStandalone));
                open = false;
            }
            else
            {
                lineStandalone = false;
            }
        }
        map.Add(length, original.Length);
        var text = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return new NormalisedText(text, map, lines);
    }

    private static bool IsAsciiWordChar(char c) => CjkText.IsAsciiLetter(c);

    private static int EmitLine(string original, int start, int end, char[] buffer, OffsetMap map, int length, int lineStart)
    {
        int pendingSpace = -1;
        var traditional = TraditionalFold.Default;
        for (int i = start; i < end; i++)
        {
            char c = CjkText.Fold(original[i], traditional);
            if (CjkText.IsSpace(c))
            {
                if (pendingSpace < 0) { pendingSpace = i; }
                continue;
            }
            if (pendingSpace >= 0)
            {
                char previous = length > lineStart ? buffer[length - 1] : '\0';
                bool artefact = previous == '\0'
                    || (CjkText.IsTight(previous) && CjkText.IsTight(c) && !(CjkText.IsAsciiDigit(previous) && CjkText.IsAsciiDigit(c)));
                if (!artefact)
                {
                    map.Add(length, pendingSpace);
                    buffer[length++] = ' ';
                }
                pendingSpace = -1;
            }
            map.Add(length, i);
            buffer[length++] = c;
        }
        return length;
    }

    /// <summary>
    /// Whether raw line <paramref name="k"/> continues on raw line <paramref name="next"/>. A line
    /// ending a sentence never does; nor does a byline, nor a line before an article opener. Across
    /// blank lines a line continues unless either side is a standalone headline (a one-line block
    /// without clause punctuation): PDF columns put blank lines in the middle of sentences too.
    /// </summary>
    private static bool Joins(string text, List<(int Start, int End)> raw, int[] blockSize, int k, int next)
    {
        var current = text.AsSpan(raw[k].Start, raw[k].End - raw[k].Start);
        var following = text.AsSpan(raw[next].Start, raw[next].End - raw[next].Start);
        if (EndsSentence(current)) { return false; }
        if (LineShapes.IsByline(current) || LineShapes.IsByline(following) || LineShapes.OpensArticle(following)) { return false; }
        if (next == k + 1) { return true; }
        bool currentHeadline = blockSize[k] == 1 && !LineShapes.HasClausePunctuation(current);
        bool followingHeadline = blockSize[next] == 1 && !LineShapes.HasClausePunctuation(following);
        return !currentHeadline && !followingHeadline;
    }

    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        int i = line.Length - 1;
        // A closing quote or bracket after the full stop still ends the sentence: 。” 。）
        while (i > 0 && line[i] is '”' or '’' or '」' or '』' or '）' or ')' or '"') { i--; }
        char last = CjkText.Fold(line[i]);
        return CjkText.IsSentenceEnd(last) || last is '：' or ':';
    }

    private static int NextNonEmpty(List<(int Start, int End)> raw, int from)
    {
        for (int i = from; i < raw.Count; i++)
        {
            if (raw[i].Start != raw[i].End) { return i; }
        }
        return -1;
    }

    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>(text.Length / 40 + 4);
        int i = 0;
        while (i <= text.Length)
        {
            int j = text.IndexOf('\n', i);
            if (j < 0) { j = text.Length; }
            int a = i, b = j;
            while (a < b && CjkText.IsSpace(text[a])) { a++; }
            while (b > a && CjkText.IsSpace(text[b - 1])) { b--; }
            lines.Add((a, b));
            i = j + 1;
        }
        return lines;
    }

    /// <summary>For each non-empty raw line, the number of lines of its block (lines between blank lines).</summary>
    private static int[] BlockSizes(List<(int Start, int End)> raw)
    {
        var sizes = new int[raw.Count];
        int k = 0;
        while (k < raw.Count)
        {
            if (raw[k].Start == raw[k].End) { k++; continue; }
            int e = k;
            while (e < raw.Count && raw[e].Start != raw[e].End) { e++; }
            for (int x = k; x < e; x++) { sizes[x] = e - k; }
            k = e;
        }
        return sizes;
    }
}
