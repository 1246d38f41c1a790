namespace MetricsDashboard.Extraction.Lexicons;

/// <summary>
/// A set of UTF-16 code units as a 65,536-bit map (8 kB). The keyword matchers test every character
/// of a text against their first and last characters: a bool per character (64 kB each, 82 of them)
/// spilled out of the L1 cache on every scan and had to be zeroed at start-up.
/// </summary>
internal sealed class CharSet
{
    private readonly ulong[] _bits = new ulong[(char.MaxValue + 1) / 64];

    public void Add(char c) => _bits[c >> 6] |= 1UL << c;

    public bool Contains(char c) => (_bits[c >> 6] & (1UL << c)) != 0;
}
