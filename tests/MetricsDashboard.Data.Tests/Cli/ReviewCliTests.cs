using System.Text.Json;
using MetricsDashboard.Cli;
using MetricsDashboard.Extraction;
using Microsoft.Extensions.Configuration;

namespace MetricsDashboard.Data.Tests.Cli;

/// <summary>The <c>review</c> commands against a database imported through the CLI, with the real extractor.</summary>
public sealed class ReviewCliTests : IDisposable
{
    private const string Text = "1-11月，锦江区社会消费品零售总额实现1298.6亿元。\n1-11月，青羊区社会消费品零售总额实现500亿元。";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "md-review-cli-" + Guid.NewGuid().ToString("N"));
    private readonly string _db;
    private StringWriter _out = new();
    private StringWriter _err = new();

    public ReviewCliTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "in"));
        File.WriteAllText(Path.Combine(_folder, "in", "a.txt"), Text);
        _db = Path.Combine(_folder, "review.db");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ListJson_GivesIdDocSurfaceOffsetsStatusAndContractFields()
    {
        await ImportAsync();

        var lines = await ListJsonAsync("pending");

        Assert.Equal(2, lines.Count);
        var figure = Assert.Single(lines, l => l.GetProperty("surface").GetString() == "500亿元");
        Assert.Equal(("a.txt", "pending", "retail_sales", "青羊区", "CNY"), (figure.GetProperty("doc").GetString(), figure.GetProperty("status").GetString(),
            figure.GetProperty("metric").GetString(), figure.GetProperty("district").GetString(), figure.GetProperty("unit").GetString()));
        Assert.True(figure.GetProperty("id").GetInt64() > 0);
        Assert.Equal(figure.GetProperty("start").GetInt32() + "500亿元".Length, figure.GetProperty("end").GetInt32());
        foreach (var field in new[] { "value", "value_max", "counter", "qualifier", "kind", "label", "sector", "period", "sentence", "confidence" })
        {
            Assert.True(figure.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task ExcludeAndCorrect_HoldAfterReextractAll_InListAndExport()
    {
        await ImportAsync();
        var pending = await ListJsonAsync("pending");
        long IdOf(string surface) => pending.Single(l => l.GetProperty("surface").GetString() == surface).GetProperty("id").GetInt64();

        Assert.Equal(ExitCodes.Ok, await Run("review", "exclude", IdOf("500亿元").ToString(), "--reason", "duplicate of the city report", "--db", _db, "--by", "ana"));
        Assert.Equal(ExitCodes.Ok, await Run("review", "correct", IdOf("1298.6亿元").ToString(), "--metric", "output_value", "--db", _db, "--by", "bo"));
        Assert.Equal(ExitCodes.Ok, await Run("reextract", "--all", "--db", _db));

        var corrected = Assert.Single(await ListJsonAsync("corrected"));
        Assert.Equal(("1298.6亿元", "output_value", "bo"), (corrected.GetProperty("surface").GetString(), corrected.GetProperty("metric").GetString(), corrected.GetProperty("reviewed_by").GetString()));
        var excluded = Assert.Single(await ListJsonAsync("excluded"));
        Assert.Equal(("500亿元", "duplicate of the city report", "ana"), (excluded.GetProperty("surface").GetString(), excluded.GetProperty("reason").GetString(), excluded.GetProperty("reviewed_by").GetString()));
        Assert.Empty(await ListJsonAsync("pending"));

        _out = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await Run("export", "--db", _db, "--format", "json"));
        var rows = JsonDocument.Parse(_out.ToString()).RootElement.GetProperty("rows").EnumerateArray().ToList();
        var row = Assert.Single(rows);
        Assert.Equal(("1298.6亿元", "output_value", "corrected", "bo"), (row.GetProperty("surface").GetString(), row.GetProperty("metric").GetString(),
            row.GetProperty("review_status").GetString(), row.GetProperty("reviewed_by").GetString()));
    }

    [Fact]
    public async Task VerifyUndoAndGold()
    {
        await ImportAsync();
        var id = (await ListJsonAsync("pending")).First().GetProperty("id").GetInt64();

        Assert.Equal(ExitCodes.Ok, await Run("review", "verify", id.ToString(), "--db", _db, "--by", "ana"));
        var decision = Assert.Single(await ListJsonAsync("verified")).GetProperty("id").GetInt64();
        Assert.Contains("decision #1: verified", _out.ToString());

        var gold = Path.Combine(_folder, "gold");
        Assert.Equal(ExitCodes.Ok, await Run("review", "gold", "--db", _db, "--out", gold));
        var line = JsonDocument.Parse(Assert.Single(File.ReadAllLines(Path.Combine(gold, "a.txt.jsonl")))).RootElement;
        Assert.Equal(("a.txt", true), (line.GetProperty("doc").GetString(), line.GetProperty("core").GetBoolean()));

        Assert.Equal(ExitCodes.Ok, await Run("review", "undo", "1", "--db", _db, "--by", "ana"));
        Assert.Empty(await ListJsonAsync("verified"));
        Assert.Equal(2, (await ListJsonAsync("pending")).Count);
        Assert.True(decision > 0);
    }

    [Fact]
    public async Task Split_HoldsAfterReextractAll_InListAndExport()
    {
        // The article repeats the 锦江区 figure: the grouper merges the two mentions into one fact.
        File.WriteAllText(Path.Combine(_folder, "in", "a.txt"), Text + "\n据统计，1-11月，锦江区社会消费品零售总额实现1298.6亿元。");
        await ImportAsync();
        var id = (await ListJsonAsync("pending")).Where(l => l.GetProperty("surface").GetString() == "1298.6亿元")
            .MaxBy(l => l.GetProperty("start").GetInt32()).GetProperty("id").GetInt64();

        Assert.Equal(ExitCodes.Ok, await Run("review", "split", id.ToString(), "--db", _db, "--by", "ana"));
        Assert.Equal(ExitCodes.Ok, await Run("reextract", "--all", "--db", _db));

        Assert.Contains("decision #1: split", _out.ToString());
        var split = Assert.Single(await ListJsonAsync("split"));
        Assert.Equal(("1298.6亿元", "split", "ana"), (split.GetProperty("surface").GetString(), split.GetProperty("status").GetString(), split.GetProperty("reviewed_by").GetString()));
        _out = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await Run("export", "--db", _db, "--format", "json"));
        var rows = JsonDocument.Parse(_out.ToString()).RootElement.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("surface").GetString() == "1298.6亿元").ToList();
        Assert.Equal(["pending", "split"], rows.Select(r => r.GetProperty("review_status").GetString()).Order());
    }

    [Theory]
    [InlineData(ExitCodes.Usage, "review")]
    [InlineData(ExitCodes.Usage, "review", "approve", "1")]
    [InlineData(ExitCodes.Usage, "review", "verify", "--by", "ana")]
    [InlineData(ExitCodes.Usage, "review", "verify", "abc", "--by", "ana")]
    [InlineData(ExitCodes.Usage, "review", "exclude", "1", "--by", "ana")]
    [InlineData(ExitCodes.Usage, "review", "correct", "1", "--by", "ana")]
    [InlineData(ExitCodes.Usage, "review", "correct", "1", "--metric", "nonsense", "--by", "ana")]
    [InlineData(ExitCodes.Usage, "review", "correct", "1", "--colour", "red")]
    [InlineData(ExitCodes.Usage, "review", "list", "--status", "maybe")]
    [InlineData(ExitCodes.Usage, "review", "list", "--format", "xml")]
    [InlineData(ExitCodes.Error, "review", "verify", "999999", "--by", "ana")]
    [InlineData(ExitCodes.Error, "review", "undo", "999999", "--by", "ana")]
    [InlineData(ExitCodes.Usage, "review", "split", "--by", "ana")]
    [InlineData(ExitCodes.Usage, "review", "split", "1", "2", "--by", "ana")]
    [InlineData(ExitCodes.Usage, "review", "split", "1", "--by", "ana")]
    [InlineData(ExitCodes.Error, "review", "split", "999999", "--by", "ana")]
    public async Task BadCommandLines_ClearErrorAndExitCode(int expected, params string[] args)
    {
        await ImportAsync();

        var code = await Run([.. args, "--db", _db]);

        Assert.Equal(expected, code);
        Assert.StartsWith("error: ", _err.ToString());
    }

    private async Task ImportAsync()
    {
        Assert.Equal(ExitCodes.Ok, await Run("import", Path.Combine(_folder, "in"), "--db", _db));
        (_out, _err) = (new StringWriter(), new StringWriter());
    }

    private async Task<List<JsonElement>> ListJsonAsync(string status)
    {
        var output = new StringWriter();
        var code = await new CliApp(output, _err, Configuration(), () => new IndicatorExtractor()).RunAsync(["review", "list", "--status", status, "--format", "json", "--db", _db]);
        Assert.Equal(ExitCodes.Ok, code);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }

    private Task<int> Run(params string[] args) => new CliApp(_out, _err, Configuration(), () => new IndicatorExtractor()).RunAsync(args);

    private IConfiguration Configuration() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["contentRoot"] = _folder })
        .Build();
}
