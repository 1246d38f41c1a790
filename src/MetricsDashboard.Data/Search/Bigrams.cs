namespace MetricsDashboard.Data.Search;

/// <summary>
/// Text as the sequence of its overlapping two-character pieces (UTF-16 code units): 成都市 is
/// 成都, 都市. A term of two or more characters is a substring of a text exactly when its bigrams
/// occur in the text's bigram sequence consecutively, in order — so a phrase query over bigrams
/// answers the same as a substring scan. Chinese terms are often two characters, too short for a
/// trigram index. Pure functions, shared by every provider's index.
/// </summary>
public static class Bigrams
{
    /// <summary>The shortest term a bigram index can answer; shorter terms are scanned.</summary>
    public const int MinimumTermLength = 2;

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
    /// The bigrams as index tokens separated by spaces: each bigram as eight hex digits of its two
    /// code units, so that no tokenizer can fold case, drop punctuation or split a bigram.
    /// </summary>
    public static string Tokens(string? text)
    {
        if (text is null || text.Length < 2)
        {
            return "";
        }
        // Written straight into the string (9 characters per bigram, the last without its space):
        // every mention of an import goes through here, twice.
        return string.Create((text.Length - 1) * 9 - 1, text, static (tokens, text) =>
        {
            for (var i = 0; i + 1 < text.Length; i++)
            {
                var at = i * 9;
                if (i > 0)
                {
                    tokens[at - 1] = ' ';
                }
                var pair = ((uint)text[i] << 16) | text[i + 1];
                for (var digit = 7; digit >= 0; digit--)
                {
                    tokens[at + 7 - digit] = Hex[(int)((pair >> (digit * 4)) & 0xF)];
                }
            }
        });
    }

    /// <summary>The term's bigram tokens as one quoted phrase, or null when the term is too short for the index.</summary>
    public static string? Phrase(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return term.Length < MinimumTermLength ? null : "\"" + Tokens(term) + "\"";
    }

    private const string Hex = "0123456789abcdef";
}
