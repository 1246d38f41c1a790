using System.Text.Json;
using MetricsDashboard.Exports;

namespace MetricsDashboard.Web.Tests.Exports;

public sealed class JsonExportWriterTests
{
    [Fact]
    public async Task Write_Table_CarriesFiltersSourcesAndTypedRows()
    {
        using var stream = new MemoryStream();
        await JsonExportWriter.WriteAsync(ExportSamples.Indicators(), stream);

        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;
        Assert.Equal(["锦江区", "四川省"], root.GetProperty("filters").GetProperty("district").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(7, root.GetProperty("sources")[0].GetProperty("article_id").GetInt32());
        var rows = root.GetProperty("rows");
        Assert.Equal(4, rows.GetArrayLength());
        Assert.Equal(1.2986e11, rows[0].GetProperty("value").GetDouble());
        Assert.Equal("consumption_commerce", rows[0].GetProperty("sector").GetString());
        Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("district").ValueKind);
        Assert.Equal("2024-01-10", rows[0].GetProperty("published_on").GetString());
        Assert.Equal("2026-11-22T16:00:00.0000000+08:00", root.GetProperty("exported_at").GetString());
    }

    [Fact]
    public async Task Write_Chinese_IsNotEscaped()
    {
        using var stream = new MemoryStream();
        await JsonExportWriter.WriteAsync(ExportSamples.Indicators(), stream);

        Assert.Contains("社会消费品零售总额", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
