namespace MetricsDashboard.Data.Queries;

/// <summary>Indicators of one district in one sector.</summary>
public sealed record HeatCell(string District, string Sector, int Count);
