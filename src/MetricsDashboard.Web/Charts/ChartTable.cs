using MetricsDashboard.Exports;

namespace MetricsDashboard.Web.Charts;

/// <summary>
/// The data behind one chart, as rows: the chart draws them and the download writes exactly them.
/// Cells are typed (string, int, double, DateOnly, null).
/// </summary>
public sealed record ChartTable(string Chart, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<object?[]> Rows, IReadOnlyList<ExportSource> Sources)
{
    public bool IsEmpty => Rows.Count == 0;
}
