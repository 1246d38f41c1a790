namespace MetricsDashboard.Extraction.Numbers;

/// <summary>A number as written, before any unit: 1,298.6 → 1298.6; 十几万 → 100000 (approximate).</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Value">The value.</param>
/// <param name="Style">Arabic or Chinese.</param>
/// <param name="IsInteger">No decimal part was written.</param>
/// <param name="DigitCount">Arabic: digits before the decimal point; Chinese: numeral characters.</param>
/// <param name="Approximate">The numeral contains 几 (十几万).</param>
internal readonly record struct NumberToken(int Start, int End, double Value, NumeralStyle Style, bool IsInteger, int DigitCount, bool Approximate);
