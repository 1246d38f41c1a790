namespace MetricsDashboard.Export.Benchmarks;

/// <summary>One finished download: from the first request to the last byte, refusals included.</summary>
public sealed record ExportRun(TimeSpan Elapsed, long Bytes, int Refusals);
