extern alias cli;

using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using cli::MetricsDashboard.Cli;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Extraction;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Web.Tests.Endpoints;

/// <summary>
/// <c>metricsdashboard export</c> and <c>/api/indicators</c> over the same database write the same
/// files, byte for byte apart from the export time, formula-like text neutralised in both.
/// </summary>
public sealed partial class CliAndApiExportTests : IClassFixture<SeededAppFixture>, IDisposable
{
    private readonly SeededAppFixture _app;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "md-cli-api-" + Guid.NewGuid().ToString("N"));

    public CliAndApiExportTests(SeededAppFixture app)
    {
        _app = app;
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Csv_SameDatabase_IsByteIdenticalAndNeutralisedInBoth()
    {
        await ImportFormulaArticleAsync();

        var api = await GetBytesAsync("/api/indicators?format=csv");
        var cli = await RunCliExportAsync("csv");

        Assert.Equal(api, cli);
        var lines = Encoding.UTF8.GetString(cli).Split("\r\n");
        Assert.Contains(lines, l => l.Contains(",\"'=HYPERLINK(", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(",\"=HYPERLINK(", StringComparison.Ordinal));
        Assert.Equal(23, lines[0].Split(',').Length);
    }

    [Fact]
    public async Task Json_SameDatabaseAndFilter_IsTheSameDocumentApartFromExportTime()
    {
        var api = Encoding.UTF8.GetString(await GetBytesAsync("/api/indicators?format=json&district=锦江区"));
        var cli = Encoding.UTF8.GetString(await RunCliExportAsync("json", "--district", "锦江区"));

        Assert.Contains("\"rows\":[{", api, StringComparison.Ordinal);
        Assert.Equal(WithoutExportTime(api), WithoutExportTime(cli));
    }

    private async Task ImportFormulaArticleAsync()
    {
        var importer = _app.Factory.Services.GetRequiredService<IIndicatorImportService>();
        var text = "=HYPERLINK(\"http://example.invalid\")锦江区今年完成固定资产投资12亿元，同比增长3.5%。\n";
        await importer.ImportAsync([ImportSource.FromBytes("formula.txt", Encoding.UTF8.GetBytes(text))], new ImportOptions());
    }

    private async Task<byte[]> GetBytesAsync(string url)
    {
        var response = await _app.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<byte[]> RunCliExportAsync(string format, params string[] filters)
    {
        var file = Path.Combine(_folder, "export." + format);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["contentRoot"] = _folder }).Build();
        var error = new StringWriter();
        var code = await new CliApp(new StringWriter(), error, configuration, () => new IndicatorExtractor())
            .RunAsync(["export", "--db", _app.Factory.DatabasePath, "--format", format, "--output", file, .. filters]);
        Assert.True(code == ExitCodes.Ok, error.ToString());
        return await File.ReadAllBytesAsync(file);
    }

    private static string WithoutExportTime(string json) => ExportTime().Replace(json, "\"exported_at\":\"\"");

    [GeneratedRegex("\"exported_at\":\"[^\"]*\"", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ExportTime();
}
