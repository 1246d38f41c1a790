using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Extraction.Numbers;

/// <summary>
/// Step one of recognition: where a quantity stands and what it literally says (value in the
/// canonical unit, counter, qualifier), before any reading of what it measures.
/// </summary>
/// <param name="Start">Offset of the surface (including 约/近 and 第).</param>
/// <param name="End">Offset just past the unit.</param>
/// <param name="NumberStart">Offset of the first digit or numeral.</param>
/// <param name="Value">Value in the canonical unit; a range's low end.</param>
/// <param name="ValueMax">A range's high end.</param>
/// <param name="Unit">Canonical unit.</param>
/// <param name="Counter">Measure word of a count.</param>
/// <param name="Qualifier">Bound the text puts on the value.</param>
/// <param name="Style">Arabic or Chinese numerals.</param>
/// <param name="Confidence">How sure the span finder is that this is a reported quantity.</param>
internal readonly record struct QuantitySpan(
    int Start,
    int End,
    int NumberStart,
    double Value,
    double? ValueMax,
    CanonicalUnit Unit,
    string? Counter,
    Qualifier Qualifier,
    NumeralStyle Style,
    double Confidence);
