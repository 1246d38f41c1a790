namespace MetricsDashboard.Data.Synthetic;

// A metric of the synthetic set with the unit, counter, sectors and phrases a real indicator of it has.
internal sealed record SyntheticMetric(string Key, string Unit, string? Counter, string Kind, double Min, double Max, string[] Sectors, string[] Labels);
