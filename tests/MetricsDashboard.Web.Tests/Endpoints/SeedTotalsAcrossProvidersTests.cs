extern alias cli;
using System.Net;
using System.Text.RegularExpressions;
using cli::MetricsDashboard.Cli;
using MetricsDashboard.Extraction;
using MetricsDashboard.Tests.Shared;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace MetricsDashboard.Web.Tests.Endpoints;

/// <summary>
/// The issue's "done when": the seeds imported by the CLI into PostgreSQL give, through two web
/// instances on that database, the same totals as the SQLite default — every API family that adds
/// or counts, compared document for document.
/// </summary>
public sealed partial class SeedTotalsAcrossProvidersTests : IDisposable
{
    private static readonly string[] Urls =
    [
        "/api/measures",
        "/api/charts/sum-by-district?format=json",
        "/api/charts/sum-by-period?format=json",
        "/api/charts/sum-by-month?format=json",
        "/api/charts/by-district?format=json",
        "/api/charts/by-sector?format=json",
        "/api/charts/by-metric?format=json",
        "/api/charts/heatmap?format=json",
        "/api/charts/largest-amounts?format=json",
        "/api/charts/sum-by-district?metric=investment&kind=actual&format=json",
        "/api/series?measure=retail_sales_total",
        "/api/indicators?format=json",
        "/api/facts/sources?format=json",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "md-seed-totals-" + Guid.NewGuid().ToString("N"));
    private string? _postgres;

    public SeedTotalsAcrossProvidersTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        if (_postgres is not null)
        {
            PostgresTestServer.DropAsync(_postgres).GetAwaiter().GetResult();
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [PostgresFact]
    public async Task Seeds_ImportedByTheCli_SameTotalsOnSqliteAndOnTwoPostgresInstances()
    {
        var sqlite = $"Data Source={Path.Combine(_folder, "seeds.db")};Pooling=False";
        _postgres = PostgresTestServer.NewDatabase("seeds");
        await ImportSeedsAsync(sqlite);
        await ImportSeedsAsync(_postgres);
        using var onSqlite = Instance(sqlite);
        using var first = Instance(_postgres);
        using var second = Instance(_postgres);

        foreach (var url in Urls)
        {
            var expected = await GetAsync(onSqlite, url);
            Assert.Equal(expected, await GetAsync(first, url));
            Assert.Equal(expected, await GetAsync(second, url));
        }
    }

    private async Task ImportSeedsAsync(string database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["contentRoot"] = _folder }).Build();
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await new CliApp(output, error, configuration, () => new IndicatorExtractor())
            .RunAsync(["import", Path.Combine(AppContext.BaseDirectory, "seeds"), "--db", database]);
        Assert.True(code == ExitCodes.Ok, error.ToString());
        Assert.Contains("5 imported", output.ToString(), StringComparison.Ordinal);
    }

    // A web instance on a database the CLI filled (not empty: the instance imports nothing itself).
    private static DashboardAppFactory Instance(string database)
    {
        var factory = new DashboardAppFactory();
        factory.Settings["ConnectionStrings:Default"] = database;
        return factory;
    }

    private static async Task<string> GetAsync(DashboardAppFactory instance, string url)
    {
        var response = await instance.CreateClient().GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        return ExportTime().Replace(await response.Content.ReadAsStringAsync(), "\"exported_at\":\"\"");
    }

    [GeneratedRegex("\"exported_at\":\"[^\"]*\"", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ExportTime();
}
