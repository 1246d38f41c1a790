using System.Net;
using System.Text.Json;
using MetricsDashboard.Web.Apis;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Web.Tests.Endpoints;

/// <summary>The download API stays available: concurrent downloads are capped and each client has a request budget.</summary>
public sealed class DownloadLimitTests
{
    [Fact]
    public async Task Download_EverySlotTaken_Is503ProblemWithRetryAfter()
    {
        using var factory = new DashboardAppFactory();
        factory.Settings["Exports:MaxConcurrent"] = "2";
        factory.Settings["Exports:RetryAfterSeconds"] = "7";
        using var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<ExportGate>();
        using var first = gate.TryEnter();
        using var second = gate.TryEnter();

        var response = await client.GetAsync("/api/indicators?format=json");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("7", response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("downloads", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Download_SlotGivenBack_AnswersAgain()
    {
        using var factory = new DashboardAppFactory();
        factory.Settings["Exports:MaxConcurrent"] = "1";
        using var client = factory.CreateClient();

        var first = await client.GetAsync("/api/indicators?format=csv");
        var second = await client.GetAsync("/api/indicators?format=csv");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
    }

    [Fact]
    public async Task Indicators_MoreRowsThanTheCap_AreCutAndSaySoAndCiteOnlyTheRowsKept()
    {
        using var factory = new DashboardAppFactory();
        factory.Settings["Exports:MaxRows"] = "5";
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/indicators?format=json");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rows = json.RootElement.GetProperty("rows");
        Assert.Equal(5, rows.GetArrayLength());
        Assert.Equal("5", json.RootElement.GetProperty("filters").GetProperty("truncated_at")[0].GetString());
        var cited = json.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("article_id").GetInt32()).Order();
        Assert.Equal(rows.EnumerateArray().Select(r => r.GetProperty("article_id").GetInt32()).Distinct().Order(), cited);
    }

    [Fact]
    public async Task Api_ClientOverItsBudget_Is429ProblemWithRetryAfterButPagesStillAnswer()
    {
        using var factory = new DashboardAppFactory();
        factory.Settings["RateLimiting:Api:PermitLimit"] = "2";
        factory.Settings["RateLimiting:Api:WindowSeconds"] = "60";
        using var client = factory.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await client.GetAsync("/api/charts/by-district"));
        }
        var page = await client.GetAsync("/healthz");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.Equal("application/problem+json", answers[2].Content.Headers.ContentType?.MediaType);
        Assert.True(answers[2].Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
