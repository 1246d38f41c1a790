namespace MetricsDashboard.Data.Reference;

/// <summary>A named measure of the catalogue (<c>Reference/measures.json</c>): what a series charts.</summary>
/// <param name="Key">Stable key used in URLs and stored on facts, e.g. <c>retail_sales_total</c>.</param>
/// <param name="Name">Display name, e.g. <c>社会消费品零售总额</c>.</param>
/// <param name="Aliases">Label fragments that name the measure (社零 for 社会消费品零售总额).</param>
/// <param name="Metrics">Metric categories the measure accepts; empty for any.</param>
/// <param name="Unit">The unit wire code the measure is counted in; null for any.</param>
public sealed record Measure(string Key, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Metrics, string? Unit);
