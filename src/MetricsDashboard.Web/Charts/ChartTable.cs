using MetricsDashboard.Exports;

namespace MetricsDashboard.Web.Charts;

/// <summary>
/// The data behind one chart as typed rows, straight from the query: the page draws them and the
/// download writes exactly them, through the same columns.
/// </summary>
public sealed record ChartTable<TRow>(string Chart, IReadOnlyList<ExportColumn<TRow>> Columns, IReadOnlyList<TRow> Rows, IReadOnlyList<ExportSource> Sources)
    : IChartTable
{
    public bool IsEmpty => Rows.Count == 0;

    public IReadOnlyList<ExportColumn> Headings => ExportCells.Headings(Columns);

    public IEnumerable<object?[]> Cells() => Rows.Select(r => ExportCells.Of(r, Columns));
}

/// <summary>Any chart's table, as a download sees it: headings, cells and sources.</summary>
public interface IChartTable
{
    string Chart { get; }

    IReadOnlyList<ExportColumn> Headings { get; }

    IReadOnlyList<ExportSource> Sources { get; }

    IEnumerable<object?[]> Cells();
}
