using MetricsDashboard.Data.Queries.Facts;

namespace MetricsDashboard.Web.Charts;

/// <summary>One mention of a fact, with the fact it reports: a row of the fact-sources download.</summary>
public sealed record FactMention(FactView Fact, FactSource Source);
