using MetricsDashboard.Exports.Xlsx;

namespace MetricsDashboard.Exports;

/// <summary>The download formats and how each is written; the web API and the command line offer the same ones.</summary>
public sealed record ExportFormat(string Name, string ContentType, string Extension, Func<ExportTable, Stream, CancellationToken, Task> WriteAsync)
{
    public static readonly ExportFormat Csv = new("csv", CsvExportWriter.ContentType, "csv", CsvExportWriter.WriteAsync);
    public static readonly ExportFormat Json = new("json", JsonExportWriter.ContentType, "json", JsonExportWriter.WriteAsync);
    public static readonly ExportFormat Xlsx = new("xlsx", XlsxExportWriter.ContentType, "xlsx", XlsxExportWriter.WriteAsync);

    public static readonly IReadOnlyList<ExportFormat> All = [Csv, Json, Xlsx];

    /// <summary>Null or empty means JSON; anything unknown is null.</summary>
    public static ExportFormat? Find(string? name) =>
        string.IsNullOrEmpty(name) ? Json : All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The download's file name, e.g. <c>indicators-20261122-1600.csv</c>.</summary>
    public string FileName(string stem, DateTimeOffset exportedAt) =>
        $"{stem}-{exportedAt.ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture)}.{Extension}";
}
