using System.Buffers;
using System.Runtime.CompilerServices;

namespace MetricsDashboard.Extraction.Normalisation;

/// <summary>Character classes of Chinese newspaper text; inlined, as they run once or more per character.</summary>
internal static class CjkText
{
    /// <summary>The dash every range and minus-like dash is unified to (3—5年).</summary>
    public const char Dash = '—';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsIdeograph(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '〇';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCjkPunctuation(char c) =>
        c is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF') or (>= '\u2018' and <= '\u201D') or '—' or '…' or '·' or '•';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0' or '\r' or '\f' or '\u2002' or '\u2003' or '\u200B';

    /// <summary>Characters between which a space is a PDF artefact, not a word break.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTight(char c) => IsIdeograph(c) || IsCjkPunctuation(c) || IsAsciiDigit(c) || c is '%' or '(' or ')';

    /// <summary>Ends a sentence: a line ending in one of these is complete.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '…';

    /// <summary>The characters of <see cref="IsSentenceEnd"/>, for a vectorised search along a line.</summary>
    public static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？；!?;…");

    /// <summary>Separates clauses inside a sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsClauseBreak(char c) => c is '，' or ',' or '：' or ':' or '（' or '）' or '(' or ')' || IsSentenceEnd(c);

    /// <summary>
    /// The compatibility folding of NFKC for what occurs in this text: full-width ASCII to ASCII,
    /// ideographic space to space, dash variants to one dash, corner quotes to curly quotes. Chinese
    /// clause punctuation (，：；！？（）) is kept full-width: it is the sentence structure of the text
    /// and what readers see. Traditional characters fold to Simplified (<see cref="TraditionalFold"/>).
    /// Done per character so the offset map stays one-to-one.
    /// </summary>
    /// <remarks>
    /// Ideographs and ASCII, nearly every character of a page, are decided first by two range tests;
    /// the rest go through the table of cases (it was a chain of comparisons for every character).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => Fold(c, TraditionalFold.Default);

    /// <summary>As <see cref="Fold(char)"/>, with the Traditional fold at hand (a loop over a page passes it once).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c, TraditionalFold traditional)
    {
        if ((uint)(c - '\u4E00') <= '\u9FFF' - '\u4E00') { return traditional.Apply(c); }
        if (c < '\u0080') { return c == '~' ? Dash : c == '\t' ? ' ' : c; }
        return FoldOther(c);
    }

    private static char FoldOther(char c) => c switch
    {
        '，' or '：' or '；' or '！' or '？' or '（' or '）' => c,
        '－' or '～' or '~' or '–' or '‒' or '―' or '−' => Dash,
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\t' => ' ',
        '「' => '“',
        '」' => '”',
        '『' => '‘',
        '』' => '’',
        >= '\u4E00' and <= '\u9FFF' => TraditionalFold.Fold(c),
        _ => c,
    };
}
