using MetricsDashboard.Web.Hosting;

namespace MetricsDashboard.Web.Apis;

/// <summary>The export time written into files: local time of the configured zone, else of the server.</summary>
internal static class ExportClock
{
    public static DateTimeOffset Now(TimeProvider clock, ExportOptions options) =>
        string.IsNullOrWhiteSpace(options.TimeZone)
            ? clock.GetLocalNow()
            : TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone));
}
