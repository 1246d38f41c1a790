using System.Text.Encodings.Web;
using System.Text.Json;
using System.Globalization;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Exports;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Hosting;
using MetricsDashboard.Web.Model.Filters;
using Microsoft.Extensions.Options;

namespace MetricsDashboard.Web.Apis;

/// <summary>
/// Facts as JSON: the catalogue of measures, a measure's series, one fact with all its mentions,
/// a total's breakdown, the facts of an article; and the facts under the page filters with every
/// mention as a source (CSV, JSON or XLSX). Field names are snake_case like the downloads.
/// </summary>
public static class FactEndpoints
{
    /// <summary>At most this many facts in a sources download.</summary>
    public const int MaxSourceFacts = 20_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new WireNameJsonConverter() },
    };

    public static WebApplication MapFacts(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("facts");
        api.MapGet("/measures", async (IFactQueryService facts, CancellationToken ct) => Results.Json(await facts.MeasuresAsync(ct), Json));
        api.MapGet("/series", SeriesAsync);
        api.MapGet("/facts/sources", SourcesAsync);
        api.MapGet("/facts/{id:long}", async (long id, IFactQueryService facts, CancellationToken ct) =>
            await facts.GetFactAsync(id, ct) is { } fact ? Results.Json(fact, Json) : NotFound($"No fact {id}."));
        api.MapGet("/facts/{id:long}/breakdown", async (long id, IFactQueryService facts, CancellationToken ct) =>
            await facts.BreakdownAsync(id, ct) is { } breakdown ? Results.Json(breakdown, Json) : NotFound($"No fact {id}."));
        api.MapGet("/articles/{id:int}/facts", async (int id, IFactQueryService facts, CancellationToken ct) =>
            Results.Json(await facts.ArticleFactsAsync(id, ct), Json));
        return app;
    }

    private static async Task<IResult> SeriesAsync(HttpContext context, IFactQueryService facts, CancellationToken ct)
    {
        var measure = context.Request.Query["measure"].ToString();
        var filters = FilterQuery.Parse(key => context.Request.Query[key], out var errors);
        if (string.IsNullOrWhiteSpace(measure))
        {
            errors = [.. errors, "'measure' is required; /api/measures lists the measures."];
        }
        if (errors.Count > 0)
        {
            return Results.Problem(detail: string.Join(" ", errors), statusCode: StatusCodes.Status400BadRequest, title: "Invalid series request");
        }
        return await facts.SeriesAsync(measure, filters, ct) is { } series
            ? Results.Json(series, Json)
            : NotFound($"Unknown measure '{measure}'; /api/measures lists the measures.");
    }

    // Every summable fact under the filters (largest first), one row per mention.
    private static async Task<IResult> SourcesAsync(
        HttpContext context, IFactQueryService facts, ChartDataService charts, ExportGate gate, IOptions<ExportOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var filters = FilterQuery.Parse(key => context.Request.Query[key], out var errors);
        var format = ExportFormat.Find(context.Request.Query["format"]);
        if (format is null)
        {
            errors = [.. errors, $"'format' must be one of {string.Join(", ", ExportFormat.All.Select(f => f.Name))}."];
        }
        if (errors.Count > 0 || format is null)
        {
            return Results.Problem(detail: string.Join(" ", errors), statusCode: StatusCodes.Status400BadRequest, title: "Invalid download request");
        }
        return await DownloadEndpoints.SendAsync(context, gate, options.Value, clock, format, "fact-sources", async now =>
        {
            var listed = await facts.ListFactsAsync(filters, summableOnly: true, MaxSourceFacts, ct);
            var table = FactChartTables.FactSources(listed, await facts.SourcesAsync(listed.Select(f => f.Id).ToList(), ct));
            return await charts.ToExportAsync(table, filters, CultureInfo.CurrentUICulture, now, options.Value.MaxRows, ct);
        });
    }

    private static IResult NotFound(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound);
}
