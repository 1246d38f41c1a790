using System.Runtime.CompilerServices;
using MetricsDashboard.Extraction.Lexicons;

namespace MetricsDashboard.Extraction.Normalisation;

/// <summary>
/// Folds Traditional characters to Simplified (億 → 亿, 個百分點 → 个百分点, 增長 → 增长) from
/// Lexicons/traditional.json, so that pages from Hong Kong, Taiwan and older scans meet the same
/// lexicons. A flat table over the CJK block: this runs once for every character of every page.
/// A bit per ideograph says whether it folds at all: 2.6 kB that stay in the L1 cache, where the
/// 41 kB table did not (its reads were a quarter of the normaliser's time), and is read only for
/// the few characters that fold.
/// </summary>
internal sealed class TraditionalFold
{
    private const char First = '\u4E00';
    private const char Last = '\u9FFF';

    /// <summary>The fold of traditional.json; the normaliser holds it in a local, which spares native code a static-initialisation check per character.</summary>
    public static readonly TraditionalFold Default = new(Load());

    private readonly char[] _table;
    private readonly ulong[] _folds;

    private TraditionalFold(char[] table)
    {
        _table = table;
        _folds = new ulong[(table.Length + 63) / 64];
        for (int i = 0; i < table.Length; i++)
        {
            if (table[i] != '\0') { _folds[i >> 6] |= 1UL << i; }
        }
    }

    /// <summary>The Simplified form of <paramref name="c"/>, or <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => Default.Apply(c);

    /// <summary>The Simplified form of <paramref name="c"/>, or <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public char Apply(char c)
    {
        uint i = (uint)(c - First);
        return i <= Last - First && (_folds[i >> 6] & (1UL << (int)i)) != 0 ? _table[i] : c;
    }

    private static char[] Load()
    {
        var table = new char[Last - First + 1];
        using var json = LexiconResources.Open("traditional.json");
        foreach (var pair in json.RootElement.GetProperty("fold").EnumerateObject())
        {
            char from = pair.Name[0], to = pair.Value.GetString()![0];
            if (from is < First or > Last) { throw new InvalidDataException($"traditional.json: '{from}' is outside the CJK block."); }
            table[from - First] = to;
        }
        return table;
    }
}
