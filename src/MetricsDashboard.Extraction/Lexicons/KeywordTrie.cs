namespace MetricsDashboard.Extraction.Lexicons;

/// <summary>
/// A character trie over lexicon keys for longest-match scans. The root's children are found
/// through a two-level table (256 pages of 256 characters, only the pages in use allocated): two
/// array reads per position that can start a key, where a frozen dictionary's hashing showed in
/// profiles. Deeper nodes keep their few children side by side in two flat arrays (node n's are at
/// <c>_firstChild[n]</c> up to <c>_firstChild[n + 1]</c>), searched linearly: one array of arrays per
/// step cost a second indirection and bounds check on the hottest path of the scanners.
/// </summary>
internal sealed class KeywordTrie<T>
{
    private readonly int[]?[] _rootPages = new int[]?[256];
    private readonly int[] _firstChild;
    private readonly char[] _childChars;
    private readonly int[] _childNodes;
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
        foreach (var (c, node) in root)
        {
            // Node 0 is the root itself, so 0 in a page means no key starts with that character.
            (_rootPages[c >> 8] ??= new int[256])[c & 0xFF] = node;
        }
        _firstChild = new int[chars.Count + 1];
        for (int n = 0; n < chars.Count; n++) { _firstChild[n + 1] = _firstChild[n] + chars[n].Count; }
        _childChars = chars.SelectMany(c => c).ToArray();
        _childNodes = nodes.SelectMany(n => n).ToArray();
        _terminal = terminal.ToArray();
        _values = values.ToArray();
    }

    /// <summary>Longest key read forward from <paramref name="position"/>.</summary>
    public bool MatchForward(ReadOnlySpan<char> text, int position, out int length, out T value)
    {
        length = 0;
        value = default!;
        int node = RootChild(text[position]);
        if (node == 0) { return false; }
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
        int node = RootChild(text[end - 1]);
        if (node == 0) { return false; }
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

    private int RootChild(char c) => _rootPages[c >> 8] is { } page ? page[c & 0xFF] : 0;

    private int Child(int node, char c)
    {
        // Most nodes have one to three children: a plain loop beats a vectorised search's set-up.
        for (int i = _firstChild[node], end = _firstChild[node + 1]; i < end; i++)
        {
            if (_childChars[i] == c) { return _childNodes[i]; }
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
