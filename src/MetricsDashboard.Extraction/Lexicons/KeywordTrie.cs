using System.Collections.Frozen;

namespace MetricsDashboard.Extraction.Lexicons;

/// <summary>
/// A character trie over lexicon keys for longest-match scans. The root's children are found
/// through a frozen dictionary (one lookup per position that can start a key); deeper nodes keep
/// their few children in small arrays searched linearly, which beats hashing every prefix.
/// </summary>
internal sealed class KeywordTrie<T>
{
    private readonly FrozenDictionary<char, int> _root;
    private readonly char[][] _childChars;
    private readonly int[][] _childNodes;
    private readonly bool[] _terminal;
    private readonly T[] _values;

    /// <param name="keys">The keys (reversed already for a backward trie) with their values.</param>
    public KeywordTrie(IEnumerable<KeyValuePair<string, T>> keys)
    {
        var chars = new List<List<char>> { new() };
        var nodes = new List<List<int>> { new() };
        var terminal = new List<bool> { false };
        var values = new List<T> { default! };
        var root = new Dictionary<char, int>();
        foreach (var (key, value) in keys)
        {
            if (!root.TryGetValue(key[0], out int node))
            {
                node = NewNode(chars, nodes, terminal, values);
                root[key[0]] = node;
            }
            for (int i = 1; i < key.Length; i++)
            {
                int index = chars[node].IndexOf(key[i]);
                if (index >= 0)
                {
                    node = nodes[node][index];
                    continue;
                }
                int child = NewNode(chars, nodes, terminal, values);
                chars[node].Add(key[i]);
                nodes[node].Add(child);
                node = child;
            }
            terminal[node] = true;
            values[node] = value;
        }
        _root = root.ToFrozenDictionary();
        _childChars = chars.Select(c => c.ToArray()).ToArray();
        _childNodes = nodes.Select(n => n.ToArray()).ToArray();
        _terminal = terminal.ToArray();
        _values = values.ToArray();
    }

    /// <summary>Longest key read forward from <paramref name="position"/>.</summary>
    public bool MatchForward(ReadOnlySpan<char> text, int position, out int length, out T value)
    {
        length = 0;
        value = default!;
        if (!_root.TryGetValue(text[position], out int node)) { return false; }
        int depth = 1;
        while (true)
        {
            if (_terminal[node]) { length = depth; value = _values[node]; }
            if (position + depth >= text.Length) { break; }
            int next = Child(node, text[position + depth]);
            if (next < 0) { break; }
            node = next;
            depth++;
        }
        return length > 0;
    }

    /// <summary>Longest key ending just before <paramref name="end"/> (the trie holds reversed keys).</summary>
    public bool MatchBackward(ReadOnlySpan<char> text, int end, out int length, out T value)
    {
        length = 0;
        value = default!;
        if (!_root.TryGetValue(text[end - 1], out int node)) { return false; }
        int depth = 1;
        while (true)
        {
            if (_terminal[node]) { length = depth; value = _values[node]; }
            if (end - depth - 1 < 0) { break; }
            int next = Child(node, text[end - depth - 1]);
            if (next < 0) { break; }
            node = next;
            depth++;
        }
        return length > 0;
    }

    private int Child(int node, char c)
    {
        var keys = _childChars[node];
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] == c) { return _childNodes[node][i]; }
        }
        return -1;
    }

    private static int NewNode(List<List<char>> chars, List<List<int>> nodes, List<bool> terminal, List<T> values)
    {
        chars.Add([]);
        nodes.Add([]);
        terminal.Add(false);
        values.Add(default!);
        return chars.Count - 1;
    }
}
