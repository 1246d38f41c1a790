using System.Globalization;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Exports;
using MetricsDashboard.Exports.Indicators;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Model.Filters;
using Microsoft.Extensions.Options;

namespace MetricsDashboard.Web.Apis;

/// <summary>
/// <c>/api/indicators</c> and <c>/api/charts/{chart}</c>: the rows behind the explorer and each
/// chart as CSV, JSON or XLSX, under the same query-string filters as the pages, written by the same
/// writers as the command line's <c>export</c>. GET and HEAD; bad input is a 400 problem.
/// </summary>
public static class DownloadEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static WebApplication MapDownloads(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("downloads");
        api.MapMethods("/indicators", GetAndHead, DownloadIndicatorsAsync);
        api.MapMethods("/charts/{chart}", GetAndHead, DownloadChartAsync);
        return app;
    }

    private static async Task<IResult> DownloadIndicatorsAsync(
        HttpContext context, IIndicatorQueryService queries, ExportGate gate, IOptions<ExportOptions> options, TimeProvider clock, CancellationToken ct)
    {
        if (!TryReadRequest(context, out var filters, out var format, out var problem))
        {
            return problem;
        }
        return await SendAsync(context, gate, options.Value, clock, format, IndicatorExport.Name,
            now => IndicatorExport.CreateAsync(queries, filters, options.Value.MaxRows, CultureInfo.CurrentUICulture, now, ct));
    }

    private static async Task<IResult> DownloadChartAsync(
        string chart, HttpContext context, ChartDataService charts, ExportGate gate, IOptions<ExportOptions> options, TimeProvider clock, CancellationToken ct)
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
        return await SendAsync(context, gate, options.Value, clock, format, chart, async now =>
        {
            // A sum of facts also lists the facts behind each row, and their mentions' articles as sources.
            var rows = await charts.LoadForExportAsync(chart, filters, ct);
            return await charts.ToExportAsync(rows, filters, CultureInfo.CurrentUICulture, now, options.Value.MaxRows, ct);
        });
    }

    /// <summary>
    /// The one way a download is answered: headers only for HEAD, 503 when the export gate is full,
    /// otherwise the table built by <paramref name="build"/> streamed out while holding a gate slot.
    /// </summary>
    internal static async Task<IResult> SendAsync(
        HttpContext context, ExportGate gate, ExportOptions options, TimeProvider clock, ExportFormat format, string name, Func<DateTimeOffset, Task<ExportTable>> build)
    {
        var now = ExportClock.Now(clock, options);
        var fileName = format.FileName(name, now);
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return ExportFileResult.HeadersOnly(format, fileName);
        }
        var slot = gate.TryEnter();
        if (!slot.IsAcquired)
        {
            slot.Dispose();
            return Busy(context, options);
        }
        try
        {
            return new ExportFileResult(await build(now), format, fileName, slot);
        }
        catch
        {
            slot.Dispose();
            throw;
        }
    }

    private static bool TryReadRequest(HttpContext context, out IndicatorFilter filters, out ExportFormat format, out IResult problem)
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

    private static IResult Busy(HttpContext context, ExportOptions options)
    {
        context.Response.Headers.RetryAfter = options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(
            title: "Too many downloads at once",
            detail: $"The server is writing {options.MaxConcurrent} downloads already; try again in {options.RetryAfterSeconds} s.",
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
