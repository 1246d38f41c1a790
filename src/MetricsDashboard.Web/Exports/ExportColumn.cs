namespace MetricsDashboard.Web.Exports;

/// <summary>
/// One column of a download: the machine name (a field name of INDICATORS.md, used as the CSV/JSON
/// header so files load into pandas or R unchanged) and a title for people (the XLSX header).
/// </summary>
public sealed record ExportColumn(string Name, string Title);
