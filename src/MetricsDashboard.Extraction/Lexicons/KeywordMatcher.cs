using System.Collections.Frozen;

namespace MetricsDashboard.Extraction.Lexicons;

/// <summary>
/// Longest-match lookup of lexicon keywords inside text, without allocating: a trie walked forward
/// (or, over the reversed keys, backward); a position whose character starts no key costs one
/// bit test.
/// </summary>
internal sealed class KeywordMatcher<T>
{
    private readonly CharSet _starts = new();
    private readonly CharSet _ends = new();
    private readonly KeywordTrie<T> _forward;
    private readonly KeywordTrie<T> _backward;

    public KeywordMatcher(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var dictionary = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            if (key.Length == 0) { throw new ArgumentException("A lexicon keyword is empty."); }
            dictionary[key] = value;
        }
        Entries = dictionary.ToFrozenDictionary(StringComparer.Ordinal);
        foreach (var key in Entries.Keys)
        {
            _starts.Add(key[0]);
            _ends.Add(key[^1]);
        }
        _forward = new KeywordTrie<T>(Entries);
        _backward = new KeywordTrie<T>(Entries.Select(p => new KeyValuePair<string, T>(Reverse(p.Key), p.Value)));
    }

    public FrozenDictionary<string, T> Entries { get; }

    /// <summary>True when some keyword starts with <paramref name="c"/>.</summary>
    public bool CanStartWith(char c) => _starts.Contains(c);

    /// <summary>The longest keyword starting at <paramref name="position"/>.</summary>
    public bool TryMatchAt(ReadOnlySpan<char> text, int position, out int length, out T value)
    {
        if ((uint)position >= (uint)text.Length || !_starts.Contains(text[position]))
        {
            length = 0;
            value = default!;
            return false;
        }
        return _forward.MatchForward(text, position, out length, out value);
    }

    /// <summary>The longest keyword ending just before <paramref name="end"/>.</summary>
    public bool TryMatchEndingAt(ReadOnlySpan<char> text, int end, out int length, out T value)
    {
        if (end <= 0 || end > text.Length || !_ends.Contains(text[end - 1]))
        {
            length = 0;
            value = default!;
            return false;
        }
        return _backward.MatchBackward(text, end, out length, out value);
    }

    private static string Reverse(string key)
    {
        var chars = key.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}
