using System.Text;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Tests.Fakes;
using MetricsDashboard.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Tests.Integrity;

/// <summary>A document is its path relative to the import root, never its bare file name.</summary>
public abstract class DocumentIdentityTests(DatabaseProvider provider)
{
    [ProviderFact]
    public async Task ImportPathAsync_SameNameInTwoFolders_BothStoredAndRerunChangesNothing()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);
        var root = Path.Combine(db.Folder, "import");
        Write(root, "a/x.txt", "锦江区完成投资12亿元。\n\n新开工3个项目。");
        Write(root, "b/x.txt", "成华区完成投资7亿元。");

        var first = await db.Importer.ImportPathAsync(root, new ImportOptions());
        var second = await db.Importer.ImportPathAsync(root, new ImportOptions());

        Assert.Equal(["a/x.txt", "b/x.txt"], first.Files.Select(f => f.FileName));
        Assert.All(first.Files, f => Assert.Equal(ImportFileStatus.Imported, f.Status));
        Assert.Equal(3, first.IndicatorsAdded);
        Assert.All(second.Files, f => Assert.Equal(ImportFileStatus.Unchanged, f.Status));
        await using var context = db.Context();
        Assert.Equal(["a/x.txt", "b/x.txt"], await context.Documents.OrderBy(d => d.FileName).Select(d => d.FileName).ToListAsync());
        Assert.Equal(3, await context.Indicators.CountAsync());
    }

    [ProviderFact]
    public async Task ImportPathAsync_OneFolderChanged_ReplacesOnlyThatDocument()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);
        var root = Path.Combine(db.Folder, "import");
        Write(root, "a/x.txt", "锦江区完成投资12亿元。");
        Write(root, "b/x.txt", "成华区完成投资7亿元。");
        await db.Importer.ImportPathAsync(root, new ImportOptions());
        Write(root, "b/x.txt", "成华区完成投资9亿元。");

        var report = await db.Importer.ImportPathAsync(root, new ImportOptions());

        Assert.Equal([ImportFileStatus.Unchanged, ImportFileStatus.Replaced], report.Files.Select(f => f.Status));
        await using var context = db.Context();
        Assert.Equal(2, await context.Documents.CountAsync());
    }

    [ProviderFact]
    public async Task ImportPathAsync_DotDotTxt_IsImportedNotSkipped_HiddenOthersAreSkipped()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);
        var root = Path.Combine(db.Folder, "import");
        Write(root, "..txt", "锦江区完成投资12亿元。");
        Write(root, ".DS_Store", "binary junk");

        var report = await db.Importer.ImportPathAsync(root, new ImportOptions());

        var file = Assert.Single(report.Files);
        Assert.Equal("..txt", file.FileName);
        Assert.Equal(ImportFileStatus.Imported, file.Status);
    }

    [ProviderTheory]
    [InlineData("x.txt", "x.txt")]
    [InlineData("sub/deeper/x.txt", "sub/deeper/x.txt")]
    public void ForImportedPath_FolderRoot_RelativeWithForwardSlashes(string relative, string expected)
    {
        var root = Path.Combine(Path.GetTempPath(), "md-identity-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            Assert.Equal(expected, DocumentIdentity.ForImportedPath(root, Path.Combine(root, relative)));
            Assert.Equal("x.txt", DocumentIdentity.ForImportedPath(Path.Combine(root, "x.txt"), Path.Combine(root, "x.txt")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
    }
}

public sealed class DocumentIdentityTestsOnSqlite() : DocumentIdentityTests(DatabaseProvider.Sqlite);

public sealed class DocumentIdentityTestsOnPostgres() : DocumentIdentityTests(DatabaseProvider.PostgreSql), IPostgresTests;
