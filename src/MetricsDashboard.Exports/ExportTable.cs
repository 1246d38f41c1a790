namespace MetricsDashboard.Exports;

/// <summary>
/// What a download contains, whatever its format: the rows under the current filters, the filters
/// themselves, when it was made and the articles the rows cite. Rows and sources are streams read
/// once, as the file is written, so a download never holds all its rows. Cell values are typed
/// (string, double, int, long, DateOnly or null) so that XLSX gets numeric cells.
/// </summary>
/// <param name="Name">File stem and JSON <c>name</c>: <c>indicators</c> or a chart name.</param>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Rows">One array of cells per row, as many as <paramref name="Columns"/>.</param>
/// <param name="Filters">The applied filters as (query key, value) pairs; a key may repeat.</param>
/// <param name="ExportedAt">When the export was made, in the local time of whoever made it.</param>
/// <param name="Sources">The articles the rows cite.</param>
/// <param name="Labels">Names in the reader's language, for the XLSX form.</param>
public sealed record ExportTable(
    string Name,
    IReadOnlyList<ExportColumn> Columns,
    IAsyncEnumerable<object?[]> Rows,
    IReadOnlyList<KeyValuePair<string, string>> Filters,
    DateTimeOffset ExportedAt,
    IAsyncEnumerable<ExportSource> Sources,
    Labels.ExportLabels Labels);
