using System.Threading.RateLimiting;
using MetricsDashboard.Exports;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace MetricsDashboard.Web.Apis;

/// <summary>
/// Writes a download straight to the response body as its rows are read (no buffering of the file),
/// then gives back its export slot. A HEAD request gets the same headers and no body, without
/// touching the database.
/// </summary>
internal sealed class ExportFileResult(ExportTable? table, ExportFormat format, string fileName, RateLimitLease? slot) : IResult
{
    public static ExportFileResult HeadersOnly(ExportFormat format, string fileName) => new(null, format, fileName, null);

    public async Task ExecuteAsync(HttpContext context)
    {
        using (slot)
        {
            var response = context.Response;
            response.ContentType = format.ContentType;
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(fileName);
            response.Headers.ContentDisposition = disposition.ToString();
            response.Headers.CacheControl = "no-store";
            if (table is null || HttpMethods.IsHead(context.Request.Method))
            {
                return;
            }
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            await format.WriteAsync(table, response.Body, context.RequestAborted);
        }
    }
}
