using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Exports.Labels;

namespace MetricsDashboard.Exports.Indicators;

/// <summary>
/// The one way to make an indicator download, used by <c>/api/indicators</c> and by the command
/// line's <c>export</c>: same columns, same order, same metadata, rows streamed from the database.
/// </summary>
public static class IndicatorExport
{
    /// <summary>File stem and JSON <c>name</c> of indicator downloads.</summary>
    public const string Name = "indicators";

    /// <summary>
    /// Describes the download of the rows matching <paramref name="filter"/>, at most
    /// <paramref name="maxRows"/> (the filters then say where it was cut). Nothing is read until the
    /// table is written.
    /// </summary>
    public static async Task<ExportTable> CreateAsync(
        IIndicatorQueryService queries, IndicatorFilter filter, int maxRows, CultureInfo culture, DateTimeOffset exportedAt, CancellationToken ct = default)
    {
        var filters = ExportFilters.Of(filter).ToList();
        var matching = await queries.CountAsync(filter, ct);
        if (matching > maxRows)
        {
            filters.Add(new(ExportFilters.TruncatedAt, maxRows.ToString(CultureInfo.InvariantCulture)));
        }
        var labels = new ExportLabels(culture, await queries.GetReferenceDataAsync(ct));
        return new ExportTable(
            Name,
            IndicatorColumns.Headings,
            ExportCells.Of(queries.StreamAllAsync(filter, maxRows, ct), IndicatorColumns.All, ct),
            filters,
            exportedAt,
            Sources(queries, filter, maxRows, ct),
            labels);
    }

    private static async IAsyncEnumerable<ExportSource> Sources(IIndicatorQueryService queries, IndicatorFilter filter, int maxRows, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var article in queries.StreamCitedArticlesAsync(filter, maxRows, ct))
        {
            yield return IndicatorColumns.ToSource(article);
        }
    }
}
