namespace MetricsDashboard.Web.Charts;

/// <summary>A row of a sum with the ids of the facts it adds (space-separated), for downloads.</summary>
public sealed record RowWithFacts<TRow>(TRow Row, string? FactIds);
