using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MetricsDashboard.Exports.Xlsx;

/// <summary>
/// Cells of the workbook. Text is an inline string (no shared-string table to keep in memory while
/// streaming), so nothing in a text cell is ever evaluated; numbers, dates and money are numeric cells.
/// </summary>
internal static class XlsxCells
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>A cell for a typed export value, or null for an empty cell.</summary>
    public static Cell? Value(string reference, object? value) => value switch
    {
        null => null,
        string s => Text(reference, s),
        double d when double.IsFinite(d) => Number(reference, d),
        int i => Number(reference, i),
        long l => Number(reference, l),
        DateOnly date => Number(reference, date.DayNumber - ExcelEpoch.DayNumber, XlsxStyles.Date),
        DateTime time => Number(reference, time.ToOADate(), XlsxStyles.DateTime),
        IFormattable formattable => Text(reference, formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => Text(reference, value.ToString() ?? ""),
    };

    /// <summary>An amount of money in 元, shown in 亿元/万元 (B/M in English).</summary>
    public static Cell? Money(string reference, object? value, bool chinese) => value switch
    {
        double d when double.IsFinite(d) => Number(reference, d, XlsxStyles.Money(d, chinese)),
        int i => Number(reference, i, XlsxStyles.Money(i, chinese)),
        long l => Number(reference, l, XlsxStyles.Money(l, chinese)),
        _ => Value(reference, value),
    };

    public static Cell Number(string reference, double value, uint style = XlsxStyles.Default) => new()
    {
        CellReference = reference,
        CellValue = new CellValue(value),
        StyleIndex = style == XlsxStyles.Default ? null : style,
    };

    /// <summary>A text cell; formula-like text keeps its characters and is marked as text.</summary>
    public static Cell Text(string reference, string text, uint style = XlsxStyles.Default)
    {
        var clean = XmlSafe(text);
        return new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = SpreadsheetSafety.IsFormulaLike(clean) ? XlsxStyles.FormulaLikeText : style == XlsxStyles.Default ? null : style,
            InlineString = new InlineString(new Text(clean) { Space = SpaceProcessingModeValues.Preserve }),
        };
    }

    /// <summary>Column letters: 0 → A, 25 → Z, 27 → AB.</summary>
    public static string ColumnName(int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }
        return letters;
    }

    /// <summary>A1-style reference: (1, 0) → A1, (3, 27) → AB3.</summary>
    public static string Reference(int row, int column) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    // XML 1.0 cannot carry most control characters; an article with one must still export.
    private static string XmlSafe(string text) =>
        text.Any(ch => ch < 0x20 && ch is not '\t' and not '\n' and not '\r')
            ? new string(text.Where(ch => ch >= 0x20 || ch is '\t' or '\n' or '\r').ToArray())
            : text;
}
