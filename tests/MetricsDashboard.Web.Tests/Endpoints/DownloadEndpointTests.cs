using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Tests.Shared;
using MetricsDashboard.Web.Charts;
using MetricsDashboard.Web.Tests.Exports;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Web.Tests.Endpoints;

/// <summary>The download API over the seed articles, which the app imports on its first start.</summary>
public abstract class DownloadEndpointTests
{
    private readonly SeededAppFixture _app;

    protected DownloadEndpointTests(SeededAppFixture app) => _app = app;

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await _app.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    private async Task<string[]> GetCsvLinesAsync(string url)
    {
        var response = await _app.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [ProviderFact]
    public async Task Indicators_Json_HasFiltersAndContractFields()
    {
        var json = await GetJsonAsync("/api/indicators?district=锦江区&format=json");

        Assert.Equal("锦江区", json.GetProperty("filters").GetProperty("district")[0].GetString());
        var rows = json.GetProperty("rows");
        Assert.True(rows.GetArrayLength() > 0);
        foreach (var field in new[] { "doc", "surface", "start", "end", "value", "value_max", "unit", "counter", "qualifier", "kind", "metric", "label", "district", "sector", "period", "sentence", "confidence", "article_id", "article_title" })
        {
            Assert.True(rows[0].TryGetProperty(field, out _), $"missing field {field}");
        }
        Assert.All(rows.EnumerateArray(), r => Assert.Equal("锦江区", r.GetProperty("district").GetString()));
        Assert.True(json.GetProperty("sources").GetArrayLength() > 0);
    }

    [ProviderFact]
    public async Task Indicators_Csv_HonoursDistrictFilter()
    {
        var lines = await GetCsvLinesAsync("/api/indicators?district=%E9%94%A6%E6%B1%9F%E5%8C%BA&format=csv");

        var header = lines[0].Split(',');
        Assert.Equal("doc", header[0]);
        var district = Array.IndexOf(header, "district");
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1).Where(l => l.StartsWith(header[0], StringComparison.Ordinal) == false && l.Contains(".txt", StringComparison.Ordinal)),
            l => Assert.Contains(",锦江区,", l));
        Assert.True(district > 0);
    }

    [ProviderFact]
    public async Task Indicators_CityFilter_IncludesItsDistricts()
    {
        var city = await GetJsonAsync("/api/indicators?district=成都市");
        var jinjiang = await GetJsonAsync("/api/indicators?district=锦江区");

        var cityDistricts = city.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("district").GetString()).ToHashSet();
        Assert.Contains("锦江区", cityDistricts);
        Assert.Contains("成都市", cityDistricts);
        Assert.True(city.GetProperty("rows").GetArrayLength() > jinjiang.GetProperty("rows").GetArrayLength());
    }

    [ProviderFact]
    public async Task Indicators_Xlsx_IsAWorkbookWithThreeSheets()
    {
        var response = await _app.Client.GetAsync("/api/indicators?sector=public_safety&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.NotNull(zip.GetEntry("xl/worksheets/sheet1.xml"));
        Assert.NotNull(zip.GetEntry("xl/worksheets/sheet3.xml"));
    }

    [ProviderTheory]
    [InlineData("from=2024-13-01")]
    [InlineData("to=yesterday")]
    [InlineData("format=pdf")]
    [InlineData("to=9999-12")]
    [InlineData("to=9999-12-31")]
    [InlineData("from=9999-12-31")]
    [InlineData("from=0001-01")]
    [InlineData("format=csv&format=json")]
    public async Task Indicators_BadQuery_IsBadRequestProblemWithReason(string query)
    {
        foreach (var path in new[] { "/api/indicators?", "/api/charts/by-month?", "/api/charts/sum-by-month?" })
        {
            var response = await _app.Client.GetAsync(path + query);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("must be", await response.Content.ReadAsStringAsync());
        }
    }

    [ProviderTheory]
    [InlineData("/api/indicators?format=csv", "text/csv")]
    [InlineData("/api/indicators?format=xlsx&district=锦江区", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("/api/charts/by-district?format=json", "application/json")]
    public async Task Download_Head_AnswersLikeGetWithoutBody(string url, string mediaType)
    {
        using var head = await _app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        using var get = await _app.Client.GetAsync(url);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (head.StatusCode, get.StatusCode));
        Assert.Equal(mediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Content.Headers.ContentDisposition?.DispositionType, head.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [ProviderFact]
    public async Task Download_HeadWithBadQuery_IsBadRequest()
    {
        using var head = await _app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/indicators?to=9999-12"));

        Assert.Equal(HttpStatusCode.BadRequest, head.StatusCode);
    }

    [ProviderFact]
    public async Task Indicators_XlsxByDefault_IsChineseWithDisplayNamesAndCitedSources()
    {
        var response = await _app.Client.GetAsync("/api/indicators?sector=public_safety&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XlsxWorkbook(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["数据", "筛选条件", "来源文章"], book.SheetNames);
        var cells = book.Cells(0);
        Assert.Equal("来源文件", XlsxWorkbook.Text(cells["A1"]));
        Assert.Equal("公共安全", XlsxWorkbook.Text(cells["N2"]));
        Assert.True(book.Cells(2).ContainsKey("A2"), "the sources sheet lists the cited articles");
    }

    [ProviderFact]
    public async Task Indicators_XlsxInEnglish_HasEnglishHeadersAndNames()
    {
        var response = await _app.Client.GetAsync("/api/indicators?sector=public_safety&format=xlsx&culture=en");

        using var book = new XlsxWorkbook(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Data", "Filters", "Sources"], book.SheetNames);
        Assert.Equal("Source file", XlsxWorkbook.Text(book.Cells(0)["A1"]));
        Assert.Equal("Public safety", XlsxWorkbook.Text(book.Cells(0)["N2"]));
    }

    [ProviderTheory]
    [InlineData("by-district")]
    [InlineData("sum-by-month")]
    [InlineData("largest-amounts")]
    public async Task Charts_Xlsx_HasAFilledSourcesSheet(string chart)
    {
        var response = await _app.Client.GetAsync($"/api/charts/{chart}?format=xlsx&district=锦江区");

        using var book = new XlsxWorkbook(await response.Content.ReadAsByteArrayAsync());
        var sources = book.Cells(2);
        Assert.True(sources.ContainsKey("A2"), $"{chart}: no cited article");
        Assert.EndsWith(".txt", XlsxWorkbook.Text(sources["C2"]), StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task Charts_SumXlsx_ShowsMoneyIn亿元()
    {
        var response = await _app.Client.GetAsync("/api/charts/sum-by-district?format=xlsx&unit=CNY");

        using var book = new XlsxWorkbook(await response.Content.ReadAsByteArrayAsync());
        var totals = book.Sheet(0).Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Where(c => c.CellReference!.Value!.StartsWith('E') && c.CellReference.Value != "E1").ToArray();
        Assert.NotEmpty(totals);
        Assert.Contains(totals, c => book.FormatCode(c).Contains("亿元", StringComparison.Ordinal));
    }

    [ProviderFact]
    public async Task Indicators_DateRange_KeepsOnlyArticlesPublishedInIt()
    {
        var all = await GetJsonAsync("/api/indicators");
        var dates = all.GetProperty("rows").EnumerateArray()
            .Select(r => r.GetProperty("published_on").GetString()).Where(d => d is not null).Distinct().Order().ToArray();
        Assert.True(dates.Length > 1, "the seeds span several dates");

        var json = await GetJsonAsync($"/api/indicators?from={dates[^1]}&to={dates[^1]}");

        Assert.All(json.GetProperty("rows").EnumerateArray(), r => Assert.Equal(dates[^1], r.GetProperty("published_on").GetString()));
    }

    [ProviderFact]
    public async Task Charts_EveryChartEveryFormat_Answers()
    {
        foreach (var chart in ChartNames.All)
        {
            foreach (var format in new[] { "csv", "json", "xlsx" })
            {
                var response = await _app.Client.GetAsync($"/api/charts/{chart}?format={format}");
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{chart} {format}: {response.StatusCode}");
            }
        }
    }

    [ProviderFact]
    public async Task Charts_UnknownChart_IsNotFoundProblem()
    {
        var response = await _app.Client.GetAsync("/api/charts/pie-in-the-sky");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("by-district", await response.Content.ReadAsStringAsync());
    }

    [ProviderFact]
    public async Task Charts_SumByDistrict_NeverMixesUnitsCountersOrKinds()
    {
        var json = await GetJsonAsync("/api/charts/sum-by-district");

        var keys = json.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("district").ToString(), r.GetProperty("unit").GetString(), r.GetProperty("counter").ToString(), r.GetProperty("kind").GetString()))
            .ToArray();
        Assert.True(keys.Length > 0);
        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.True(keys.Select(k => k.Item2).Distinct().Count() > 1, "the seeds report several units");
    }

    [ProviderFact]
    public async Task Charts_ByDistrictWithFilter_MatchesFilteredIndicatorCount()
    {
        var chart = await GetJsonAsync("/api/charts/by-district?district=锦江区");
        var rows = await GetJsonAsync("/api/indicators?district=锦江区");

        var only = Assert.Single(chart.GetProperty("rows").EnumerateArray());
        Assert.Equal("锦江区", only.GetProperty("district").GetString());
        Assert.Equal(rows.GetProperty("rows").GetArrayLength(), only.GetProperty("count").GetInt32());
    }

    [ProviderFact]
    public async Task Indicators_FormulaLikeSentence_IsNeutralisedInCsvButNumbersStay()
    {
        var importer = _app.Factory.Services.GetRequiredService<IIndicatorImportService>();
        var text = "=HYPERLINK(\"http://example.invalid\")锦江区今年完成固定资产投资-5亿元以上，同比下降3.5%。\n";
        await importer.ImportAsync([ImportSource.FromBytes("injection.txt", Encoding.UTF8.GetBytes(text))], new ImportOptions());

        var lines = await GetCsvLinesAsync("/api/indicators?format=csv&q=HYPERLINK");

        Assert.True(lines.Length > 1, "the imported sentence is found");
        Assert.All(lines.Skip(1), l => Assert.Contains(",\"'=HYPERLINK(", l));
        Assert.DoesNotContain(lines.Skip(1), l => l.Contains(",\"=HYPERLINK(", StringComparison.Ordinal));
    }

    [ProviderFact]
    public async Task UnknownApiPath_IsPlain404NotTheHtmlPage()
    {
        var response = await _app.Client.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("找不到页面", await response.Content.ReadAsStringAsync());
    }
}

public sealed class DownloadEndpointTestsOnSqlite(SeededAppFixture app) : DownloadEndpointTests(app), IClassFixture<SeededAppFixture>;

public sealed class DownloadEndpointTestsOnPostgres(PostgresSeededAppFixture app) : DownloadEndpointTests(app), IClassFixture<PostgresSeededAppFixture>, IPostgresTests;
