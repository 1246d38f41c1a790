using System.Text.Json;
using MetricsDashboard.Web.Tests.Support;

namespace MetricsDashboard.Web.Tests.Endpoints;

/// <summary>The export time in files is local time: of the configured zone, else of the server.</summary>
public sealed class ExportTimeTests
{
    [Fact]
    public async Task Download_ConfiguredTimeZone_WritesItsLocalTimeAndOffset()
    {
        using var factory = new DashboardAppFactory();
        factory.Settings["Exports:TimeZone"] = "Asia/Shanghai";
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/charts/by-sector?format=json");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var exportedAt = DateTimeOffset.Parse(json.RootElement.GetProperty("exported_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromHours(8), exportedAt.Offset);
        Assert.InRange(DateTimeOffset.UtcNow - exportedAt, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        Assert.Contains(exportedAt.ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture), response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
    }
}
