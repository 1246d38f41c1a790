using System.Text;
using Bunit;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Web.Components.Pages;
using MetricsDashboard.Web.Tests.Components.Fakes;
using MetricsDashboard.Web.Tests.Support;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using MudBlazor.Extensions;

namespace MetricsDashboard.Web.Tests.Components;

public sealed class ImportTests : IDisposable
{
    private readonly FakeImporter _importer = new();
    private readonly PageTestContext _page;
    private readonly FakeQueryService _queries;
    private readonly BunitContext _ctx;

    public ImportTests()
    {
        _page = new PageTestContext(_importer);
        _queries = _page.Queries;
        _ctx = _page.Context;
        _queries.ArticlesByDocument[7] = [ArticleSamples.Item(11)];
    }

    public void Dispose()
    {
        _page.Dispose();
    }

    private static InputFileContent Text(string name, string text) => InputFileContent.CreateFromText(text, name);

    [Fact]
    public void Upload_TwoTextFiles_ImportsThemAndShowsReportWithArticleLinks()
    {
        var cut = _ctx.Render<Import>();
        cut.FindComponent<InputFile>().UploadFiles(Text("a.txt", "锦江区社会消费品零售总额实现1298.6亿元。"), Text("b.md", "侦办经济犯罪案件4439起。"));
        Assert.Equal(2, cut.FindAll("[data-testid=pending-file]").Count);

        cut.Find("[data-testid=start-import]").Click();

        var report = cut.WaitForElement("[data-testid=import-report]");
        Assert.Equal(["a.txt", "b.md"], _importer.Received.Select(r => r.FileName));
        Assert.Equal("锦江区社会消费品零售总额实现1298.6亿元。", Encoding.UTF8.GetString(_importer.Received[0].Content));
        Assert.Equal(ImportTrigger.Upload, _importer.LastOptions!.Trigger);
        Assert.Equal(ImportOptions.DefaultMaxFileBytes, _importer.LastOptions.MaxFileBytes);
        var rows = cut.FindAll("[data-testid=import-file]");
        Assert.Equal(2, rows.Count);
        Assert.Equal("imported", rows[0].GetAttribute("data-status"));
        Assert.Contains("已导入", rows[0].TextContent);
        Assert.Equal("3", rows[0].QuerySelector("[data-testid=import-indicators]")!.TextContent);
        Assert.Contains("新增指标 6 条", report.TextContent);
        Assert.Equal("/articles/11", cut.Find("[data-testid=import-article-link]").GetAttribute("href"));
        // The batch is done: nothing is left waiting.
        Assert.Empty(cut.FindAll("[data-testid=pending-file]"));
    }

    [Fact]
    public void Upload_WhileRunning_ShowsABarWithFilesFiguresRateAndTimeLeft()
    {
        _importer.HoldAfterFirstFile = new TaskCompletionSource();
        var cut = _ctx.Render<Import>();
        cut.FindComponent<InputFile>().UploadFiles(Text("a.txt", "锦江区完成投资12亿元。"), Text("b.txt", "新开工3个项目。"), Text("c.txt", "增长5%。"));

        cut.Find("[data-testid=start-import]").Click();

        // One file of three done: 3 figures, 3 MB in 2 s, 4 s left at that pace.
        cut.WaitForAssertion(() => Assert.Contains("1/3", cut.Find("[data-testid=import-progress]").TextContent));
        var bar = cut.FindComponent<MudProgressLinear>();
        Assert.Equal(1, bar.Instance.GetState(x => x.Value));
        Assert.Equal(3, bar.Instance.GetState(x => x.Max));
        Assert.Equal("已存入 3 个数字 · 1.5 MB/s · 预计还需 0:04", cut.Find("[data-testid=import-rate]").TextContent);
        Assert.Contains("a.txt", cut.Find("[data-testid=import-progress]").TextContent);

        _importer.HoldAfterFirstFile.SetResult();
        cut.WaitForElement("[data-testid=import-report]");
        Assert.Empty(cut.FindAll("[data-testid=import-progress]"));
    }

    [Fact]
    public void Upload_ChosenFiles_WaitOnDiskAndAreDeletedAfterTheImport()
    {
        var cut = _ctx.Render<Import>();
        cut.FindComponent<InputFile>().UploadFiles(Text("a.txt", "锦江区完成投资12亿元。"), Text("b.txt", "新开工3个项目。"));

        cut.Find("[data-testid=start-import]").Click();
        cut.WaitForElement("[data-testid=import-report]");

        // Read by the importer from spooled files, one at a time, never from byte arrays held by the page.
        Assert.Equal([typeof(FileStream), typeof(FileStream)], _importer.SourceStreamTypes);
        Assert.Equal(["a.txt", "b.txt"], _importer.Received.Select(r => r.FileName));
        Assert.Equal(ImportOptions.DefaultMaxFiguresPerDocument, _importer.LastOptions!.MaxFiguresPerDocument);
        // This import's own spool files are gone (other apps may share the temp folder at the same time).
        Assert.Equal(2, _importer.SourcePaths.Count);
        Assert.All(_importer.SourcePaths, path => Assert.False(File.Exists(path), path));
    }

    [Fact]
    public void Upload_WithSourceName_PassesItWithEveryFile()
    {
        var cut = _ctx.Render<Import>();
        cut.FindComponent<InputFile>().UploadFiles(Text("a.txt", "一"), Text("b.txt", "二"));

        cut.Find("input[data-testid=source-name], [data-testid=source-name] input").Change("成都日报");
        cut.Find("[data-testid=start-import]").Click();

        cut.WaitForElement("[data-testid=import-report]");
        Assert.All(_importer.Received, r => Assert.Equal(new ImportMetadata(null, "成都日报"), r.Metadata));
    }

    [Fact]
    public void Upload_SameNameTwice_KeepsTheFirstAndSaysWhy()
    {
        var cut = _ctx.Render<Import>();

        cut.FindComponent<InputFile>().UploadFiles(Text("a.txt", "一"));
        cut.FindComponent<InputFile>().UploadFiles(Text("a.txt", "二"));

        Assert.Single(cut.FindAll("[data-testid=pending-file]"));
        Assert.Contains("同名文件已在列表中", cut.Find("[data-testid=upload-rejections]").TextContent);
    }

    [Fact]
    public void Upload_Pdf_IsRejectedWithAMessageAndTheOthersStillImport()
    {
        var cut = _ctx.Render<Import>();

        cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary([0x25, 0x50, 0x44, 0x46], "report.pdf"),
            Text("good.txt", "新增3410个泊位。"));

        var rejections = cut.Find("[data-testid=upload-rejections]").TextContent;
        Assert.Contains("report.pdf", rejections);
        Assert.Contains("不支持的文件类型", rejections);
        Assert.Equal(["good.txt"], cut.FindAll("[data-testid=pending-file] .md-pending-name").Select(e => e.TextContent));

        cut.Find("[data-testid=start-import]").Click();

        cut.WaitForElement("[data-testid=import-report]");
        Assert.Equal(["good.txt"], _importer.Received.Select(r => r.FileName));
    }

    [Fact]
    public void Upload_OnlyUnsupportedFiles_LeavesImportDisabled()
    {
        var cut = _ctx.Render<Import>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([1, 2, 3], "scan.pdf"));

        Assert.Contains("scan.pdf", cut.Find("[data-testid=upload-rejections]").TextContent);
        Assert.True(cut.Find("[data-testid=start-import]").HasAttribute("disabled"));
        Assert.Equal(0, _importer.ImportCalls);
    }

    [Fact]
    public void Upload_FailedFile_ShowsWhyInTheUiLanguage()
    {
        _importer.Outcome = name => new ImportFileReport(
            name, ImportFileStatus.Failed, "unreadable: file is not valid UTF-8 or GB18030", null, 0, ImportFileReason.Unreadable, "file is not valid UTF-8 or GB18030");
        var cut = _ctx.Render<Import>();
        cut.FindComponent<InputFile>().UploadFiles(Text("bad.txt", "x"));

        cut.Find("[data-testid=start-import]").Click();

        var row = cut.WaitForElement("[data-testid=import-file]");
        Assert.Equal("failed", row.GetAttribute("data-status"));
        Assert.Contains("失败", row.TextContent);
        Assert.Contains("无法识别文本编码（file is not valid UTF-8 or GB18030），未存储", row.TextContent);
        Assert.DoesNotContain("unreadable:", row.TextContent);
        Assert.Empty(cut.FindAll("[data-testid=import-article-link]"));
    }

    [Theory]
    [InlineData(ImportFileReason.AlreadyStored, null, "已存储过，未作改动")]
    [InlineData(ImportFileReason.SameContentStored, "a.txt", "相同内容已以“a.txt”存储")]
    [InlineData(ImportFileReason.NotStored, "disk full", "未存储，数据库未改动：disk full")]
    public void Upload_Outcome_IsWordedInChinese(ImportFileReason reason, string? detail, string expected)
    {
        _importer.Outcome = name => new ImportFileReport(name, ImportFileStatus.Unchanged, "english text", 3, 0, reason, detail);
        var cut = _ctx.Render<Import>();
        cut.FindComponent<InputFile>().UploadFiles(Text("x.txt", "锦江区完成投资12亿元。"));

        cut.Find("[data-testid=start-import]").Click();

        var row = cut.WaitForElement("[data-testid=import-file]");
        Assert.Contains(expected, row.TextContent);
        Assert.DoesNotContain("english text", row.TextContent);
    }

    [Fact]
    public void Reextract_AfterConfirmation_ShowsItsReport()
    {
        var dialogs = _page.RenderDialogs();
        var cut = _ctx.Render<Import>();

        cut.Find("[data-testid=reextract]").Click();
        Assert.Equal(0, _importer.ReextractCalls);
        // The confirmation is a dialog: its yes button starts the run.
        dialogs.WaitForAssertion(() => Assert.Contains("这会替换所有文章的指标", dialogs.Markup));
        dialogs.FindAll(".mud-dialog-actions button").Last().Click();

        var report = cut.WaitForElement("[data-testid=import-report]");
        Assert.Equal(1, _importer.ReextractCalls);
        Assert.Contains("重新提取结果", report.TextContent);
        Assert.Equal(2, cut.FindAll("[data-testid=import-file][data-status=replaced]").Count);
    }
}
