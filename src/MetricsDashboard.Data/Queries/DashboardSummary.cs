namespace MetricsDashboard.Data.Queries;

/// <summary>
/// The dashboard's headline figures. With a filter, documents, articles and districts are those
/// having at least one matching indicator.
/// </summary>
public sealed record DashboardSummary(int Documents, int Articles, int Indicators, int Districts, DateOnly? LatestPublishedOn);
