using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Synthetic;

// A metric of the synthetic set with the unit, counter, sectors and phrases a real indicator of it has.
internal sealed record SyntheticMetric(string Key, CanonicalUnit Unit, string? Counter, IndicatorKind Kind, double Min, double Max, string[] Sectors, string[] Labels);
