using System.Runtime.CompilerServices;
using MetricsDashboard.Extraction.Lexicons;

namespace MetricsDashboard.Extraction.Normalisation;

/// <summary>
/// Folds Traditional characters to Simplified (億 → 亿, 個百分點 → 个百分点, 增長 → 增长) from
/// Lexicons/traditional.json, so that pages from Hong Kong, Taiwan and older scans meet the same
/// lexicons. A flat table over the CJK block: this runs once for every character of every page.
/// </summary>
internal static class TraditionalFold
{
    private const char First = '\u4E00';
    private const char Last = '\u9FFF';
    private static readonly char[] Table = Load();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) =>
        c is >= First and <= Last && Table[c - First] is var folded && folded != '\0' ? folded : c;

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
