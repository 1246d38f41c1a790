namespace MetricsDashboard.Web.Exports;

/// <summary>
/// What a download contains, whatever its format: the rows shown under the current filters, the
/// filters themselves, when it was made and the articles the rows cite. Cell values are typed
/// (string, double, int, long, DateOnly or null) so that XLSX gets numeric cells.
/// </summary>
public sealed record ExportTable(
    string Name,
    IReadOnlyList<ExportColumn> Columns,
    IReadOnlyList<object?[]> Rows,
    IReadOnlyList<KeyValuePair<string, string>> Filters,
    DateTimeOffset ExportedAt,
    IReadOnlyList<ExportSource> Sources);
