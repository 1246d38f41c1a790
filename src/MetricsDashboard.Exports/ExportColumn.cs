namespace MetricsDashboard.Exports;

/// <summary>
/// One column of a download. <paramref name="Name"/> is the machine name (a field name of
/// INDICATORS.md: the CSV and JSON header, so files load into pandas or R unchanged); the titles
/// head the XLSX sheet in the reader's language.
/// </summary>
/// <param name="Name">Field name, e.g. <c>sector</c>.</param>
/// <param name="TitleZh">Chinese title, e.g. 领域.</param>
/// <param name="TitleEn">English title, e.g. Sector.</param>
/// <param name="Codes">Which code list the column's values belong to; XLSX shows their display names.</param>
/// <param name="Width">XLSX column width in characters.</param>
/// <param name="IsAmount">
/// The column holds amounts in the unit named by the row's unit column (the one whose codes are
/// <see cref="ExportCodeList.Unit"/>); XLSX shows those in 元 as 亿元/万元 instead of 5.2E+11.
/// </param>
public sealed record ExportColumn(string Name, string TitleZh, string TitleEn, ExportCodeList Codes = ExportCodeList.None, double Width = 12, bool IsAmount = false);
