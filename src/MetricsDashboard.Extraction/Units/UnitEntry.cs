using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Extraction.Units;

/// <summary>
/// A unit word that may follow a number: 亿元 is read as the multiplier 亿 then this entry 元.
/// </summary>
/// <param name="Text">The word as it stands in text.</param>
/// <param name="Unit">The canonical unit.</param>
/// <param name="Factor">Converts a value in this unit to the canonical unit (亩 → 666.67 m2).</param>
/// <param name="Counter">For a measure word, the counter reported in the record (大类 → 类).</param>
/// <param name="MaxValue">Readings above this are not this unit (七成 is 70 %, 2024成都 is not).</param>
/// <param name="MinValue">Readings below this are not this unit (千亿方 is a volume, 三方 a party count).</param>
internal sealed record UnitEntry(string Text, CanonicalUnit Unit, double Factor, string? Counter, double MaxValue, double MinValue);
