namespace MetricsDashboard.Data.Queries;

/// <summary>One page of a longer list.</summary>
/// <param name="Items">The rows of the page.</param>
/// <param name="Total">Rows in the whole list.</param>
/// <param name="Skip">Rows before the page.</param>
/// <param name="Take">Page size asked for.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Skip, int Take);
