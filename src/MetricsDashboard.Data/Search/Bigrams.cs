using System.Globalization;

namespace MetricsDashboard.Data.Search;

/// <summary>
/// Text as the sequence of its overlapping two-character pieces (UTF-16 code units): 成都市 is
/// 成都, 都市. A term of two or more characters is a substring of a text exactly when its bigrams
/// occur in the text's bigram sequence consecutively, in order — so a phrase query over bigrams
/// answers the same as a substring scan. Chinese terms are often two characters, too short for a
/// trigram index. After the last bigram comes one more token, the last character paired with
/// <see cref="EndMark"/>, so that every character of a text starts a token: a one-character term
/// is then a prefix query (亿 is any token beginning with 亿). Pure functions.
/// </summary>
public static class Bigrams
{
    /// <summary>The shortest term a phrase of bigrams can answer; one character is a prefix query.</summary>
    public const int MinimumTermLength = 2;

    /// <summary>
    /// Pairs with a text's last character in its final token (U+FFFF, a noncharacter: not text).
    /// A term holding it is not answered by the index, so the mark can never match a real pair.
    /// </summary>
    public const char EndMark = '\uFFFF';

    /// <summary>The bigrams of <paramref name="text"/>, in order; none for fewer than two characters.</summary>
    public static IEnumerable<string> Of(string? text)
    {
        if (text is null)
        {
            yield break;
        }
        for (var i = 0; i + 1 < text.Length; i++)
        {
            yield return text.Substring(i, 2);
        }
    }

    /// <summary>
    /// The bigrams as index tokens separated by spaces, then the end token (the last character and
    /// <see cref="EndMark"/>): each token is eight hex digits of its two code units, so that no
    /// tokenizer can fold case, drop punctuation or split a pair. Empty text has no tokens.
    /// </summary>
    public static string Tokens(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var tokens = new byte[TokensLength(text)];
        WriteTokens(text, tokens);
        return System.Text.Encoding.ASCII.GetString(tokens);
    }

    /// <summary>Length of <see cref="Tokens"/> of <paramref name="text"/> (ASCII: characters and bytes alike).</summary>
    public static int TokensLength(ReadOnlySpan<char> text) => text.IsEmpty ? 0 : text.Length * 9 - 1;

    /// <summary>
    /// Writes <see cref="Tokens"/> of <paramref name="text"/> as ASCII bytes into <paramref name="destination"/>
    /// (at least <see cref="TokensLength"/> long): the importer binds them to SQLite as they are, with
    /// no string of nine characters per character made and encoded again for every mention.
    /// </summary>
    public static void WriteTokens(ReadOnlySpan<char> text, Span<byte> destination)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var at = i * 9;
            if (i > 0)
            {
                destination[at - 1] = (byte)' ';
            }
            var second = i + 1 < text.Length ? text[i + 1] : EndMark;
            var pair = ((uint)text[i] << 16) | second;
            for (var digit = 7; digit >= 0; digit--)
            {
                destination[at + 7 - digit] = (byte)Hex[(int)((pair >> (digit * 4)) & 0xF)];
            }
        }
    }

    /// <summary>The term's bigram tokens as one quoted phrase, or null when the term is too short for a phrase.</summary>
    public static string? Phrase(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return term.Length < MinimumTermLength ? null : "\"" + PhraseTokens(term) + "\"";
    }

    /// <summary>
    /// The full-text query that finds the texts containing <paramref name="term"/>: the phrase of its
    /// bigrams, or for one character the prefix query of the tokens it starts (the end token included,
    /// so a text ending in it is found too). Null for an empty term or one holding <see cref="EndMark"/>.
    /// </summary>
    public static string? Query(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (term.Length == 0 || term.Contains(EndMark, StringComparison.Ordinal))
        {
            return null;
        }
        return term.Length == 1
            ? "\"" + ((int)term[0]).ToString("x4", CultureInfo.InvariantCulture) + "\"*"
            : Phrase(term);
    }

    // The pairs of the term alone: no end token (a term may end anywhere in a text).
    private static string PhraseTokens(string term) =>
        string.Join(' ', Enumerable.Range(0, term.Length - 1).Select(i => Token(term[i], term[i + 1])));

    private static string Token(char first, char second) =>
        (((uint)first << 16) | second).ToString("x8", CultureInfo.InvariantCulture);

    private const string Hex = "0123456789abcdef";
}
