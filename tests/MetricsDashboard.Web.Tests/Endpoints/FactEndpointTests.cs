using System.Net;
using System.Text;
using System.Text.Json;
using MetricsDashboard.Tests.Shared;
using MetricsDashboard.Web.Tests.Support;

namespace MetricsDashboard.Web.Tests.Endpoints;

/// <summary>
/// The totals of the seed articles through the HTTP API: the same hand-computed figures as the
/// data layer's SeedTotalsSpecTests (成都 vouchers 3,000万元 once; 川渝 2024 investment 5,200亿元
/// with its four parts never added), plus the fact, breakdown, series and sources endpoints.
/// </summary>
public abstract class FactEndpointTests
{
    private readonly SeededAppFixture _app;

    protected FactEndpointTests(SeededAppFixture app) => _app = app;

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await _app.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    private static JsonElement[] Rows(JsonElement json) => json.GetProperty("rows").EnumerateArray().ToArray();

    private static long[] FactIds(JsonElement row) =>
        row.GetProperty("facts").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();

    [ProviderFact]
    public async Task SumByDistrict_Vouchers_ChengduThreeThousandWanYuanOneFact()
    {
        var json = await GetJsonAsync("/api/charts/sum-by-district?metric=consumption_voucher&kind=actual&format=json");

        var row = Assert.Single(Rows(json));
        Assert.Equal("成都市", row.GetProperty("district").GetString());
        Assert.Equal("CNY", row.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("counter").ValueKind);
        Assert.Equal(1, row.GetProperty("count").GetInt32());
        Assert.Equal(3e7, row.GetProperty("value").GetDouble());
        Assert.Equal("actual", row.GetProperty("kind").GetString());
        var fact = await GetJsonAsync($"/api/facts/{Assert.Single(FactIds(row))}");
        var mentions = fact.GetProperty("mentions").EnumerateArray().ToArray();
        Assert.Equal(["first_report", "headline_repeat"], mentions.Select(m => m.GetProperty("merge_reason").GetString()).Order());
        Assert.All(mentions, m => Assert.StartsWith("004_", m.GetProperty("file_name").GetString(), StringComparison.Ordinal));
        Assert.True(json.GetProperty("sources").GetArrayLength() > 0);
    }

    [ProviderFact]
    public async Task SumByDistrict_InvestmentActual_NoAreaRowIsFiveThousandTwoHundredPlusFourSeventyThree()
    {
        var json = await GetJsonAsync("/api/charts/sum-by-district?metric=investment&kind=actual");

        var noArea = Assert.Single(Rows(json), r => r.GetProperty("district").ValueKind == JsonValueKind.Null && r.GetProperty("unit").GetString() == "CNY");
        Assert.Equal(2, noArea.GetProperty("count").GetInt32());
        Assert.Equal(5673e8, noArea.GetProperty("value").GetDouble(), 1e-6 * 5673e8);
        Assert.All(Rows(json), r => Assert.Equal("actual", r.GetProperty("kind").GetString()));
    }

    [ProviderFact]
    public async Task SumByDistrict_NoKindFilter_EveryRowHasOneKind()
    {
        var json = await GetJsonAsync("/api/charts/sum-by-district?unit=CNY");

        var kinds = Rows(json).Select(r => r.GetProperty("kind").GetString()).ToArray();
        Assert.Contains("actual", kinds);
        Assert.Contains("target", kinds);
    }

    [ProviderFact]
    public async Task SumByPeriod_InvestmentActual_2024IsFiveThousandTwoHundred()
    {
        var json = await GetJsonAsync("/api/charts/sum-by-period?metric=investment&kind=actual&unit=CNY");

        var year = Assert.Single(Rows(json), r => r.GetProperty("period").GetString() == "2024");
        Assert.Equal("year", year.GetProperty("grain").GetString());
        Assert.Equal(5200e8, year.GetProperty("value").GetDouble());
        var breakdown = await GetJsonAsync($"/api/facts/{Assert.Single(FactIds(year))}/breakdown");
        Assert.Equal([3186e8, 1561e8, 300e8, 153e8], breakdown.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("value").GetDouble()));
        Assert.Equal(5200e8, breakdown.GetProperty("parts_sum").GetDouble(), 1e-3);
    }

    [ProviderFact]
    public async Task SumByPeriod_Retail_CumulativeSpanIsItsOwnRow()
    {
        var json = await GetJsonAsync("/api/charts/sum-by-period?district=锦江区&metric=retail_sales");

        var row = Assert.Single(Rows(json));
        Assert.Equal(("2023-01/2023-11", "cumulative"), (row.GetProperty("period").GetString(), row.GetProperty("grain").GetString()));
    }

    [ProviderFact]
    public async Task Series_RetailSalesTotal_JinjiangPoint()
    {
        var json = await GetJsonAsync("/api/series?measure=retail_sales_total");

        Assert.Equal("社会消费品零售总额", json.GetProperty("measure").GetProperty("name").GetString());
        var point = Assert.Single(json.GetProperty("points").EnumerateArray(), p => p.GetProperty("district").GetString() == "锦江区");
        Assert.Equal(1298.6e8, point.GetProperty("value").GetDouble());
        Assert.Equal(1, point.GetProperty("fact_ids").GetArrayLength());
    }

    [ProviderFact]
    public async Task Series_UnknownOrMissingMeasure_IsProblem()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Client.GetAsync("/api/series?measure=nothing")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _app.Client.GetAsync("/api/series")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Client.GetAsync("/api/facts/987654321")).StatusCode);
    }

    [ProviderFact]
    public async Task Measures_ListsCatalogueWithCounts()
    {
        var json = await GetJsonAsync("/api/measures");

        var vouchers = Assert.Single(json.EnumerateArray(), m => m.GetProperty("key").GetString() == "consumption_vouchers");
        Assert.Equal(1, vouchers.GetProperty("fact_count").GetInt32());
    }

    [ProviderFact]
    public async Task FactSources_Csv_OneLinePerMentionOfEachFact()
    {
        var response = await _app.Client.GetAsync("/api/facts/sources?metric=consumption_voucher&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        var header = lines[0].Split(',');
        Assert.Equal("fact_id", header[0]);
        Assert.Contains("merge_reason", header);
        Assert.Equal(3, lines.Length);
    }
}

public sealed class FactEndpointTestsOnSqlite(SeededAppFixture app) : FactEndpointTests(app), IClassFixture<SeededAppFixture>;

public sealed class FactEndpointTestsOnPostgres(PostgresSeededAppFixture app) : FactEndpointTests(app), IClassFixture<PostgresSeededAppFixture>, IPostgresTests;
