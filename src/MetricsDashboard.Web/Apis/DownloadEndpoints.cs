using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Exports;
using MetricsDashboard.Web.Model.Filters;

namespace MetricsDashboard.Web.Apis;

/// <summary>
/// <c>/api/indicators</c> and <c>/api/charts/{chart}</c>: the rows behind the explorer and each
/// chart as CSV, JSON or XLSX, under the same query-string filters as the pages.
/// </summary>
public static class DownloadEndpoints
{
    /// <summary>At most this many indicator rows per download; the applied filters say when a file was cut.</summary>
    public const int MaxIndicatorRows = 200_000;

    public static WebApplication MapDownloads(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("downloads");
        api.MapGet("/indicators", DownloadIndicatorsAsync);
        api.MapGet("/charts/{chart}", DownloadChartAsync);
        return app;
    }

    private static async Task<IResult> DownloadIndicatorsAsync(HttpContext context, IIndicatorQueryService queries, TimeProvider clock, CancellationToken ct)
    {
        if (!TryReadRequest(context, out var filters, out var format, out var problem))
        {
            return problem;
        }
        var rows = await queries.ListAllAsync(filters.ToIndicatorFilter(), MaxIndicatorRows + 1, ct);
        var pairs = FilterQuery.ToPairs(filters).ToList();
        if (rows.Count > MaxIndicatorRows)
        {
            rows = rows.Take(MaxIndicatorRows).ToArray();
            pairs.Add(new("truncated_at", MaxIndicatorRows.ToString(CultureInfo.InvariantCulture)));
        }
        var table = new ExportTable("indicators", IndicatorColumns.All, rows.Select(IndicatorColumns.ToCells).ToArray(), pairs, clock.GetLocalNow(), IndicatorColumns.SourcesOf(rows));
        return File(table, format, clock, ct);
    }

    private static async Task<IResult> DownloadChartAsync(string chart, HttpContext context, ChartDataService charts, TimeProvider clock, CancellationToken ct)
    {
        if (!ChartDataService.IsKnown(chart))
        {
            return Results.Problem(
                detail: $"Unknown chart '{chart}'. Known charts: {string.Join(", ", ChartNames.All)}.",
                statusCode: StatusCodes.Status404NotFound);
        }
        if (!TryReadRequest(context, out var filters, out var format, out var problem))
        {
            return problem;
        }
        var table = await charts.LoadForExportAsync(chart, filters, ct);
        return File(ChartDataService.ToExport(table, filters, clock.GetLocalNow()), format, clock, ct);
    }

    private static bool TryReadRequest(HttpContext context, out FilterState filters, out ExportFormat format, out IResult problem)
    {
        filters = FilterQuery.Parse(key => context.Request.Query[key], out var errors);
        format = ExportFormat.Find(context.Request.Query["format"]) ?? ExportFormat.Json;
        problem = Results.Empty;
        if (ExportFormat.Find(context.Request.Query["format"]) is null)
        {
            errors = [.. errors, $"'format' must be one of {string.Join(", ", ExportFormat.All.Select(f => f.Name))}."];
        }
        if (errors.Count == 0)
        {
            return true;
        }
        problem = Results.Problem(detail: string.Join(" ", errors), statusCode: StatusCodes.Status400BadRequest, title: "Invalid download request");
        return false;
    }

    private static IResult File(ExportTable table, ExportFormat format, TimeProvider clock, CancellationToken ct)
    {
        var name = $"{table.Name}-{clock.GetLocalNow():yyyyMMdd-HHmm}.{format.Extension}";
        return Results.Stream(
            stream => format.WriteAsync(table, stream, ct),
            format.ContentType,
            name);
    }
}
