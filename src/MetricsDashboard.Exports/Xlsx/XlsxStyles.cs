using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MetricsDashboard.Exports.Xlsx;

/// <summary>
/// The workbook's cell styles. Money stays a number in 元 and is shown scaled: 5200.00亿元 and
/// 3000.0万元 in Chinese (the <c>0!.00,,</c> trick: two commas divide by a million, the literal point
/// before the last two digits divides by a hundred more), CNY 520.00B / 30.00M in English.
/// </summary>
internal static class XlsxStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Date = 2;
    public const uint DateTime = 3;
    public const uint MoneyLarge = 4;
    public const uint MoneyMedium = 5;
    public const uint MoneySmall = 6;

    /// <summary>Text that a spreadsheet could read as a formula: shown and kept as text (quote prefix).</summary>
    public const uint FormulaLikeText = 7;

    private const uint DateFormatId = 164;
    private const uint DateTimeFormatId = 165;
    private const uint MoneyLargeFormatId = 166;
    private const uint MoneyMediumFormatId = 167;
    private const uint MoneySmallFormatId = 168;

    /// <summary>The style for an amount in 元: 亿元 from 1亿, 万元 from 1万 (B and M in English).</summary>
    public static uint Money(double yuan, bool chinese)
    {
        var size = Math.Abs(yuan);
        return chinese
            ? size >= 1e8 ? MoneyLarge : size >= 1e4 ? MoneyMedium : MoneySmall
            : size >= 1e9 ? MoneyLarge : size >= 1e6 ? MoneyMedium : MoneySmall;
    }

    public static Stylesheet Create(bool chinese) => new(
        new NumberingFormats(
            Format(DateFormatId, "yyyy-mm-dd"),
            Format(DateTimeFormatId, "yyyy-mm-dd hh:mm:ss"),
            Format(MoneyLargeFormatId, chinese ? "0!.00,,\"亿元\"" : "\"CNY \"#,##0.00,,,\"B\""),
            Format(MoneyMediumFormatId, chinese ? "0!.0,\"万元\"" : "\"CNY \"#,##0.00,,\"M\""),
            Format(MoneySmallFormatId, chinese ? "0.00\"元\"" : "\"CNY \"#,##0.00"))
        { Count = 5 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7ECF3" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true },
            NumberStyle(DateFormatId),
            NumberStyle(DateTimeFormatId),
            NumberStyle(MoneyLargeFormatId),
            NumberStyle(MoneyMediumFormatId),
            NumberStyle(MoneySmallFormatId),
            new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, QuotePrefix = true, ApplyNumberFormat = true })
        { Count = 8 });

    private static NumberingFormat Format(uint id, string code) => new() { NumberFormatId = id, FormatCode = StringValue.FromString(code) };

    private static CellFormat NumberStyle(uint formatId) =>
        new() { NumberFormatId = formatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true };
}
