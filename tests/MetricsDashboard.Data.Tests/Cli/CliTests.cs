using MetricsDashboard.Cli;
using MetricsDashboard.Data.Tests.Fakes;
using MetricsDashboard.Extraction;
using Microsoft.Extensions.Configuration;

namespace MetricsDashboard.Data.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "md-cli-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public CliTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Extract_FolderWithOneUnreadableFile_PrintsTheOthersAndFails()
    {
        var input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        foreach (var seed in TestFiles.Seeds.Take(2))
        {
            File.Copy(seed, Path.Combine(input, Path.GetFileName(seed)));
        }
        File.WriteAllBytes(Path.Combine(input, "broken.txt"), [0x00, 0xFF, 0x00, 0xFE, 0x89, 0x00]);

        var code = await Run(new IndicatorExtractor(), "extract", input);

        Assert.Equal(ExitCodes.PartialFailure, code);
        Assert.Contains("broken.txt", _err.ToString());
        var lines = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.StartsWith("{\"doc\":\"00", l));
        Assert.Contains(lines, l => l.Contains("\"doc\":\"001_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extract_ManyFilesInParallel_PrintsThemInInputOrderAsOneAtATime()
    {
        var input = Path.Combine(_folder, "many");
        Directory.CreateDirectory(input);
        var seeds = TestFiles.Seeds.ToArray();
        for (int i = 0; i < 40; i++)
        {
            File.Copy(seeds[i % seeds.Length], Path.Combine(input, $"{i:D2}.txt"));
        }
        var extractor = new IndicatorExtractor();
        var expected = new System.Text.StringBuilder();
        foreach (var file in Directory.GetFiles(input).Order(StringComparer.Ordinal))
        {
            var result = extractor.Extract(new Extraction.Model.SourceDocument(Path.GetFileName(file), File.ReadAllBytes(file)));
            foreach (var indicator in result.Indicators) { expected.Append(Extraction.Output.IndicatorJson.ToJsonLine(result.DocumentName, indicator)).Append('\n'); }
        }

        var code = await Run(extractor, "extract", input);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(expected.ToString(), _out.ToString());
    }

    [Fact]
    public async Task Extract_File_PrintsExactlyTheContractFieldsInOrder()
    {
        var file = Path.Combine(_folder, "a.txt");
        File.WriteAllText(file, "锦江区完成投资12亿元。");

        var code = await Run(new FakeExtractor(), "extract", file);

        Assert.Equal(ExitCodes.Ok, code);
        using var json = System.Text.Json.JsonDocument.Parse(_out.ToString().Trim());
        Assert.Equal(
            ["doc", "surface", "start", "end", "value", "value_max", "unit", "counter", "qualifier", "kind", "metric", "label", "district", "sector", "period", "sentence", "confidence"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task ImportThenExport_Csv_WritesBomHeaderAndFilteredRows()
    {
        var input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.txt"), "锦江区完成投资12亿元，3个项目。");
        var dbPath = Path.Combine(_folder, "cli.db");

        var import = await Run(new FakeExtractor(), "import", input, "--db", dbPath);
        var importOut = _out.ToString();
        _out.GetStringBuilder().Clear();
        var export = await Run(new FakeExtractor(), "export", "--db", dbPath, "--district", "成都市", "--format", "csv");

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (import, export));
        Assert.Contains("1 imported", importOut);
        var lines = _out.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\uFEFFdoc,surface,start,end,value,value_max,unit,counter,qualifier,kind,metric,label,district,sector,period,sentence,confidence,article_id,article_title,published_on,review_status,reviewed_by,reviewed_at", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("a.txt,12亿元,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_FormulaLikeLabel_IsNeutralisedInCsv()
    {
        var input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.txt"), "=HYPERLINK(\"http://example.invalid\")完成投资12亿元。");
        var dbPath = Path.Combine(_folder, "cli.db");
        await Run(new FakeExtractor(), "import", input, "--db", dbPath);
        _out.GetStringBuilder().Clear();

        var code = await Run(new FakeExtractor(), "export", "--db", dbPath);

        Assert.Equal(ExitCodes.Ok, code);
        var row = _out.ToString().Split("\r\n")[1];
        Assert.Contains(",\"'=HYPERLINK(", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK(", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Json_IsTheSameDocumentAsTheApi()
    {
        var input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.txt"), "锦江区完成投资12亿元，3个项目。");
        var dbPath = Path.Combine(_folder, "cli.db");
        await Run(new FakeExtractor(), "import", input, "--db", dbPath);
        _out.GetStringBuilder().Clear();

        var code = await Run(new FakeExtractor(), "export", "--db", dbPath, "--format", "json", "--district", "锦江区");

        Assert.Equal(ExitCodes.Ok, code);
        using var json = System.Text.Json.JsonDocument.Parse(_out.ToString());
        Assert.Equal("indicators", json.RootElement.GetProperty("name").GetString());
        Assert.Equal("锦江区", json.RootElement.GetProperty("filters").GetProperty("district")[0].GetString());
        Assert.Equal(2, json.RootElement.GetProperty("rows").GetArrayLength());
        Assert.Equal("a.txt", json.RootElement.GetProperty("sources")[0].GetProperty("doc").GetString());
    }

    [Fact]
    public async Task Export_XlsxInEnglish_WritesAWorkbookWithEnglishSheetsAndHeaders()
    {
        var input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.txt"), "锦江区完成投资12亿元，3个项目。");
        var dbPath = Path.Combine(_folder, "cli.db");
        var file = Path.Combine(_folder, "out.xlsx");
        await Run(new FakeExtractor(), "import", input, "--db", dbPath);

        var code = await Run(new FakeExtractor(), "export", "--db", dbPath, "--format", "xlsx", "--lang", "en", "--output", file);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("2 indicators written", _err.ToString());
        using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(file, isEditable: false);
        var sheets = book.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value);
        Assert.Equal(["Data", "Filters", "Sources"], sheets);
        var firstSheet = book.WorkbookPart.WorksheetParts.First(p => book.WorkbookPart.GetIdOfPart(p) == "rId1");
        Assert.Equal("Source file", firstSheet.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().First().InnerText);
    }

    [Fact]
    public async Task Export_FiltersReadLikeTheDashboardUrl_ListsAndTheQKey()
    {
        var input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.txt"), "锦江区完成投资12亿元，3个项目。");
        var dbPath = Path.Combine(_folder, "cli.db");
        await Run(new FakeExtractor(), "import", input, "--db", dbPath);
        _out.GetStringBuilder().Clear();

        // Several districts in one value as in ?district=a,b, and --q as the URL's q.
        var code = await Run(new FakeExtractor(), "export", "--db", dbPath, "--format", "json", "--district", "锦江区,武侯区", "--q", "项目");

        Assert.Equal(ExitCodes.Ok, code);
        using var json = System.Text.Json.JsonDocument.Parse(_out.ToString());
        var filters = json.RootElement.GetProperty("filters");
        Assert.Equal(["锦江区", "武侯区"], filters.GetProperty("district").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("项目", filters.GetProperty("q")[0].GetString());
        Assert.Equal(2, json.RootElement.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Export_UnreadableDate_IsAUsageErrorNamingTheOption()
    {
        var code = await Run(new FakeExtractor(), "export", "--db", Path.Combine(_folder, "cli.db"), "--from", "yesterday");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("'from' must be a date", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_XlsxWithoutOutputFile_IsAUsageError()
    {
        var code = await Run(new FakeExtractor(), "export", "--db", Path.Combine(_folder, "cli.db"), "--format", "xlsx");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--output", _err.ToString());
    }

    [Fact]
    public async Task Run_UnknownCommand_ExitsWithUsageError()
    {
        var code = await Run(new FakeExtractor(), "frobnicate");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("unknown command", _err.ToString());
    }

    [Fact]
    public async Task Run_UnknownOption_ExitsWithUsageError()
    {
        var code = await Run(new FakeExtractor(), "export", "--colour", "red");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--colour", _err.ToString());
    }

    [Fact]
    public async Task Run_Help_PrintsCommands()
    {
        var code = await Run(new FakeExtractor(), "--help");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("bench-store", _out.ToString());
    }

    private Task<int> Run(IIndicatorExtractor extractor, params string[] args)
    {
        // The database comes from --db; an empty configuration keeps the machine's settings out.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["contentRoot"] = _folder })
            .Build();
        return new CliApp(_out, _err, configuration, () => extractor).RunAsync(args);
    }
}
