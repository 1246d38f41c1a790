namespace MetricsDashboard.Extraction.Semantics;

/// <summary>A time reference in the text that fixes the period of the numbers after it.</summary>
/// <param name="Start">Offset of the reference.</param>
/// <param name="End">Offset just past it.</param>
/// <param name="Period">Year <c>2024</c>, month <c>2024-11</c> or range <c>2024-01/2024-11</c>.</param>
/// <param name="YearOnly">A plain year (2024年, 去年), no month.</param>
/// <param name="Bounded">Framed as a start or deadline (自2023年以来, 到2025年, 截至…): no reporting period of an article.</param>
/// <param name="LastYear">去年: the reporting year of a January report.</param>
/// <param name="WholeYear">全年: the year the article reports on, which is the page year only when the article names none.</param>
internal readonly record struct PeriodMarker(int Start, int End, string Period, bool YearOnly, bool Bounded, bool LastYear, bool WholeYear = false);
