namespace MetricsDashboard.Data.Facts;

/// <summary>The rollup rows a fact is counted in: its year, area, sector, metric, unit, counter, kind and (when dated) period.</summary>
internal readonly record struct FactRollupKey(string Year, string District, string Sector, string Metric, string Unit, string Counter, string Kind, string? Period, string PeriodGrain);

/// <summary>All a fact contributes to the rollups: a fact whose state did not change leaves its rows as they are.</summary>
internal readonly record struct FactRollupState(FactRollupKey Key, double Value, bool IsSummable);
