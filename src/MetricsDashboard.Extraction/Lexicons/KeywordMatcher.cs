using System.Collections.Frozen;

namespace MetricsDashboard.Extraction.Lexicons;

/// <summary>
/// Longest-match lookup of lexicon keywords inside text, without allocating: a frozen dictionary
/// probed through a span lookup, walked one character at a time while some key still has the text
/// read so far as prefix (or suffix, backwards); a position that starts no key costs one array read.
/// </summary>
internal sealed class KeywordMatcher<T>
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _suffixes;
    private readonly byte[] _maxByFirst = new byte[char.MaxValue + 1];
    private readonly byte[] _maxByLast = new byte[char.MaxValue + 1];

    public KeywordMatcher(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var dictionary = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            if (key.Length is 0 or > 255) { throw new ArgumentException($"Keyword length out of range: '{key}'."); }
            dictionary[key] = value;
        }
        Entries = dictionary.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = Entries.GetAlternateLookup<ReadOnlySpan<char>>();
        // Every proper prefix of a key: a forward scan stops as soon as no key can continue.
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var suffixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in Entries.Keys)
        {
            for (int length = 1; length < key.Length; length++)
            {
                prefixes.Add(key[..length]);
                suffixes.Add(key[^length..]);
            }
        }
        _prefixes = prefixes.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _suffixes = suffixes.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in Entries.Keys)
        {
            _maxByFirst[key[0]] = Math.Max(_maxByFirst[key[0]], (byte)key.Length);
            _maxByLast[key[^1]] = Math.Max(_maxByLast[key[^1]], (byte)key.Length);
        }
    }

    public FrozenDictionary<string, T> Entries { get; }

    /// <summary>True when some keyword starts with <paramref name="c"/>.</summary>
    public bool CanStartWith(char c) => _maxByFirst[c] != 0;

    /// <summary>The longest keyword starting at <paramref name="position"/>.</summary>
    public bool TryMatchAt(ReadOnlySpan<char> text, int position, out int length, out T value)
    {
        length = 0;
        value = default!;
        if ((uint)position >= (uint)text.Length) { return false; }
        int max = Math.Min(_maxByFirst[text[position]], text.Length - position);
        for (int len = 1; len <= max; len++)
        {
            var candidate = text.Slice(position, len);
            if (_lookup.TryGetValue(candidate, out var found))
            {
                length = len;
                value = found;
            }
            if (!_prefixes.Contains(candidate)) { break; }
        }
        return length > 0;
    }

    /// <summary>The longest keyword ending just before <paramref name="end"/>.</summary>
    public bool TryMatchEndingAt(ReadOnlySpan<char> text, int end, out int length, out T value)
    {
        length = 0;
        value = default!;
        if (end <= 0 || end > text.Length) { return false; }
        int max = Math.Min(_maxByLast[text[end - 1]], end);
        for (int len = 1; len <= max; len++)
        {
            var candidate = text.Slice(end - len, len);
            if (_lookup.TryGetValue(candidate, out var found))
            {
                length = len;
                value = found;
            }
            if (!_suffixes.Contains(candidate)) { break; }
        }
        return length > 0;
    }
}
