using System.Globalization;

namespace MetricsDashboard.Exports;

/// <summary>
/// Neutralises text that a spreadsheet would run as a formula (CSV/formula injection): a cell that
/// starts with = + - @ | % (or a tab/CR) gets a leading apostrophe in CSV, and is marked as text
/// (quote prefix) in XLSX. Numbers are never text here, so -29.93 stays a number.
/// </summary>
public static class SpreadsheetSafety
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '|', '%', '\t', '\r'];

    /// <summary>Whether a spreadsheet could read <paramref name="text"/> as a formula.</summary>
    public static bool IsFormulaLike(string text) => text.Length > 0 && Array.IndexOf(Triggers, text[0]) >= 0;

    public static string Neutralise(string text) => IsFormulaLike(text) ? "'" + text : text;

    /// <summary>The text of a cell for CSV: invariant numbers and ISO dates, neutralised strings.</summary>
    public static string ToCellText(object? value) => value switch
    {
        null => "",
        string s => Neutralise(s),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable formattable => Neutralise(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => Neutralise(value.ToString() ?? ""),
    };
}
