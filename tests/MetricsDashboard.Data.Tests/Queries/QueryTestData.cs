using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Tests.Queries;

/// <summary>
/// A small, hand-checked data set: four documents (one undated), five articles, nine indicators
/// over districts of 成都市, 德阳市, 四川省 and none; two counters of the same metric.
/// </summary>
internal static class QueryTestData
{
    public const string Page1Text = "锦江区社会消费品零售总额实现1298.6亿元。300个重点项目。\n武侯区誓师大会：完成投资5200亿元。";

    public static async Task SeedAsync(TestDatabase db)
    {
        await using var context = db.Context();
        var d1 = Document("a.txt", new DateOnly(2024, 1, 10), Page1Text);
        var d2 = Document("b.txt", new DateOnly(2024, 3, 5), "成都市侦办经济犯罪案件4439起。德阳市总投资473亿元。武侯区案件100件。");
        var d3 = Document("c.txt", new DateOnly(2023, 12, 27), "锦江区同比下降29.93%。组织17万余名民警辅警。");
        var d4 = Document("d.txt", null, "四川省融资需求32亿元。");
        context.Documents.AddRange(d1, d2, d3, d4);
        var a1 = Article(d1, 0, "锦江消费", 0, 31);
        var a2 = Article(d1, 1, "武侯投资", 32, Page1Text.Length);
        var a3 = Article(d2, 0, "政法", 0, d2.NormalisedText.Length);
        var a4 = Article(d3, 0, "平安", 0, d3.NormalisedText.Length);
        var a5 = Article(d4, 0, "融资", 0, d4.NormalisedText.Length);
        context.Articles.AddRange(a1, a2, a3, a4, a5);
        context.Indicators.AddRange(
            Indicator(a1, "锦江区", "consumption_commerce", "retail_sales", CanonicalUnit.Cny, null, IndicatorKind.Actual, 129.86e9, "社会消费品零售总额", "锦江区社会消费品零售总额实现1298.6亿元。", 14),
            Indicator(a1, "锦江区", "investment_construction", "projects", CanonicalUnit.Count, "个", IndicatorKind.Actual, 300, "重点项目", "300个重点项目。", 28),
            Indicator(a2, "武侯区", "investment_construction", "investment", CanonicalUnit.Cny, null, IndicatorKind.Actual, 5.2e11, "完成投资", "武侯区誓师大会：完成投资5200亿元。", 50),
            Indicator(a3, "成都市", "public_safety", "cases", CanonicalUnit.Count, "起", IndicatorKind.Actual, 4439, "侦办经济犯罪案件", "成都市侦办经济犯罪案件4439起。", 11),
            Indicator(a3, "德阳市", "regional_cooperation", "investment", CanonicalUnit.Cny, null, IndicatorKind.Target, 4.73e10, "总投资", "德阳市总投资473亿元。", 22),
            Indicator(a3, "武侯区", "public_safety", "cases", CanonicalUnit.Count, "件", IndicatorKind.Actual, 100, "案件", "武侯区案件100件。", 35),
            Indicator(a4, "锦江区", "consumption_commerce", "growth_rate", CanonicalUnit.Percent, null, IndicatorKind.Change, -29.93, "同比下降", "锦江区同比下降29.93%。", 7),
            Indicator(a4, null, "other", "people", CanonicalUnit.Count, "名", IndicatorKind.Actual, 170000, "民警辅警", "组织17万余名民警辅警。", 14),
            Indicator(a5, "四川省", "finance", "financing", CanonicalUnit.Cny, null, IndicatorKind.Actual, 3.2e9, "融资需求", "四川省融资需求32亿元。", 7));
        await context.SaveChangesAsync();
        // Rows added through EF bypass the importer, which keeps the rollups, the area articles and
        // the text index; rebuild them as a bulk load does.
        await context.Database.ExecuteSqlRawAsync(IndicatorRollups.RebuildAllSql(SqlDialect.For(context)));
        if (context.Database.IsSqlite())
        {
            await context.Database.OpenConnectionAsync();
            var connection = (Microsoft.Data.Sqlite.SqliteConnection)context.Database.GetDbConnection();
            await using (var transaction = (Microsoft.Data.Sqlite.SqliteTransaction)await connection.BeginTransactionAsync())
            {
                AreaArticles.RebuildAll(connection, transaction);
                await transaction.CommitAsync();
            }
            Data.Search.SearchIndexBackfill.Run(connection);
        }
    }

    private static StoredDocument Document(string name, DateOnly? date, string text) => new()
    {
        FileName = name,
        ContentHash = name.PadRight(64, '0'),
        EncodingName = "utf-8",
        OriginalText = text,
        NormalisedText = text,
        PublishedOn = date,
        DateSource = date is null ? DateSource.None : DateSource.Metadata,
        ImportedAt = DateTime.UtcNow,
        ExtractorVersion = "test",
        SizeBytes = text.Length * 3,
    };

    private static StoredArticle Article(StoredDocument document, int index, string title, int start, int end) => new()
    {
        Document = document,
        Index = index,
        Title = title,
        Start = start,
        End = end,
        PublishedOn = document.PublishedOn,
    };

    private static StoredIndicator Indicator(StoredArticle article, string? district, string sector, string metric, CanonicalUnit unit, string? counter, IndicatorKind kind, double value, string label, string sentence, int start) => new()
    {
        Article = article,
        Document = article.Document,
        Surface = value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Start = start,
        End = start + 4,
        Value = value,
        Unit = unit,
        Counter = counter,
        Qualifier = Qualifier.Exact,
        Kind = kind,
        Metric = metric,
        Label = label,
        District = district,
        Sector = sector,
        Period = "2024",
        PeriodStart = new DateOnly(2024, 1, 1),
        PeriodEnd = new DateOnly(2024, 12, 31),
        Sentence = sentence,
        SentenceStart = start,
        Confidence = 0.9,
        ExtractorVersion = "test",
        PublishedOn = article.PublishedOn,
        PublishedMonth = StoredIndicatorMapper.MonthKey(article.PublishedOn),
    };
}
