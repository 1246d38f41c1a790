using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Search;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Tests.Search;

/// <summary>
/// The text filter answered by each provider's index returns exactly the rows of the substring scan,
/// for many terms cut from the seeds' own sentences and labels, the explorer's totals and pages
/// agree with it under either plan, and it stays right after replacing and re-extracting.
/// </summary>
public abstract class BigramSearchTests(DatabaseProvider provider)
{
    protected DatabaseProvider Provider => provider;

    [ProviderFact]
    public async Task TextFilter_ManyTermsFromTheSeeds_SameRowsAsTheScan()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await db.Importer.ImportPathAsync(TestFiles.SeedsFolder, new ImportOptions());
        await using var context = db.Context();
        var rows = await context.Indicators.Select(i => new { i.Id, i.Label, i.Sentence }).ToListAsync();
        var terms = Terms(rows.SelectMany(r => new[] { r.Label, r.Sentence }).Where(t => t.Length > 0).ToList());

        foreach (var term in terms)
        {
            var trimmed = term.Trim();
            var expected = rows.Where(r => r.Label.Contains(trimmed, StringComparison.Ordinal) || r.Sentence.Contains(trimmed, StringComparison.Ordinal))
                .Select(r => r.Id).Order().ToList();
            var scanned = await context.Indicators.Where(i => i.Label.Contains(trimmed) || i.Sentence.Contains(trimmed)).Select(i => i.Id).OrderBy(i => i).ToListAsync();
            var filtered = await (await IndicatorFilterTranslator.ApplyAsync(context, context.Indicators, new IndicatorFilter { Text = term }, default))
                .Select(i => i.Id).OrderBy(i => i).ToListAsync();
            Assert.True(expected.SequenceEqual(scanned), $"the scan differs from string.Contains for '{term}'");
            Assert.True(expected.SequenceEqual(filtered), $"the index differs from the scan for '{term}': {filtered.Count} rows, expected {expected.Count}");
        }
    }

    [ProviderFact]
    public async Task ExplorerPage_TextAloneOrWithFilters_TotalAndPageAsTheScan_UnderEitherPlan()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await db.Importer.ImportPathAsync(TestFiles.SeedsFolder, new ImportOptions());
        await using var context = db.Context();
        var rows = await context.Indicators.Select(i => new { i.Id, i.Label, i.Sentence, i.Kind, i.District, i.PublishedOn }).ToListAsync();
        // 成都市 selects itself and the areas below it.
        var cityAreas = (await IndicatorFilterTranslator.ExpandedDistrictsAsync(context, new IndicatorFilter { Districts = ["成都市"] }, default))!.ToHashSet(StringComparer.Ordinal);
        Assert.True(cityAreas.Count > 20);
        var walking = new IndicatorQueryService(db.Contexts) { ManyTextMatches = 0 };
        var reading = new IndicatorQueryService(db.Contexts) { ManyTextMatches = int.MaxValue };
        // Common and rare terms, one character, Latin and digits; alone, with a kind, with an area.
        foreach (var term in new[] { "投资", "亿", "元", "增长", "成都市", "%", "GDP", "2024", "，", "不存在的词组" })
        {
            foreach (var (kind, district) in new (IndicatorKind?, string?)[] { (null, null), (IndicatorKind.Actual, null), (null, "成都市") })
            {
                var filter = new IndicatorFilter { Text = term, Kinds = kind is null ? [] : [kind.Value], Districts = district is null ? [] : [district] };
                var expected = rows
                    .Where(r => (kind is null || r.Kind == kind) && (district is null || (r.District is { } d && cityAreas.Contains(d))))
                    .Where(r => r.Label.Contains(term, StringComparison.Ordinal) || r.Sentence.Contains(term, StringComparison.Ordinal))
                    // The explorer's order: newest first, undated last, then the id (descending).
                    .OrderByDescending(r => r.PublishedOn).ThenByDescending(r => r.Id)
                    .Select(r => r.Id).ToList();
                foreach (var (plan, service) in new[] { ("walk", walking), ("read", reading) })
                {
                    var page = await service.ListAsync(filter, IndicatorSort.PublishedOn, descending: true, skip: 10, take: 25);
                    Assert.True(expected.Count == page.Total, $"total for '{term}' kind {kind} area {district} ({plan}): {page.Total}, expected {expected.Count}");
                    Assert.True(expected.Skip(10).Take(25).SequenceEqual(page.Items.Select(i => i.Id)), $"page for '{term}' kind {kind} area {district} ({plan})");
                    Assert.Equal(expected.Count, await service.CountAsync(filter));
                }
            }
        }
    }

    [ProviderFact]
    public async Task TextFilter_AfterReplaceAndReextract_FindsOnlyCurrentText()
    {
        await using var db = await TestDatabase.CreateAsync(new Fakes.FakeExtractor(), provider: provider);
        await db.Importer.ImportAsync([ImportSource.FromBytes("page.txt", "青白江区完成投资12亿元。"u8.ToArray())], new ImportOptions());
        Assert.Equal(1, await CountAsync(db, "青白江"));

        await db.Importer.ImportAsync([ImportSource.FromBytes("page.txt", "龙泉驿区完成投资15亿元。"u8.ToArray())], new ImportOptions());
        await db.Importer.ReextractAsync(all: true);

        Assert.Equal(0, await CountAsync(db, "青白江"));
        Assert.Equal(1, await CountAsync(db, "龙泉驿"));
        Assert.Equal(1, await CountAsync(db, "投资"));
        Assert.Equal(1, await CountAsync(db, "泉"));
    }

    private protected static async Task<int> CountAsync(TestDatabase db, string term)
    {
        await using var context = db.Context();
        return await (await IndicatorFilterTranslator.ApplyAsync(context, context.Indicators, new IndicatorFilter { Text = term }, default)).CountAsync();
    }

    // Fixed terms (syntax of the engines' query languages, punctuation, Latin, digits, one
    // character), then random pieces of the texts, their first and last characters, and pieces
    // across a line break where sentences hold one.
    private static List<string> Terms(List<string> texts)
    {
        var random = new Random(12);
        var terms = new List<string>
        {
            "投资", "亿元", "成都", "锦江区", "亿", "元", "%", "，", "。", "GDP", "gdp", "5G", "2024", "1", "不存在的词组",
            "\"", "\"投资\"", "a OR b", "NEAR", "*", "投资 亿元", "'", "''", "\\", "&", "|", "!投资", "<->", ":*", "亿\uffff",
        };
        for (var k = 0; k < 300; k++)
        {
            var text = texts[random.Next(texts.Count)];
            var length = Math.Min(text.Length, 1 + random.Next(12));
            terms.Add(text.Substring(random.Next(text.Length - length + 1), length));
        }
        for (var k = 0; k < 40; k++)
        {
            var text = texts[random.Next(texts.Count)];
            terms.Add(text[^1..]);
            terms.Add(text[..1]);
            terms.Add(text[^Math.Min(2, text.Length)..]);
        }
        foreach (var text in texts.Where(t => t.Contains('\n')).Take(5))
        {
            var at = text.IndexOf('\n');
            terms.Add(text.Substring(Math.Max(0, at - 2), Math.Min(text.Length, at + 3) - Math.Max(0, at - 2)));
        }
        Assert.Contains(terms, t => t.Length == 1);
        Assert.Contains(terms, t => t.Length == 2);
        Assert.Contains(terms, t => t.Length > 6);
        return terms.Distinct(StringComparer.Ordinal).Where(t => t.Trim().Length > 0).ToList();
    }
}

public sealed class BigramSearchTestsOnSqlite() : BigramSearchTests(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task Initialize_IndexEmptiedOnAStoredDatabase_IsFilledAgain()
    {
        await using var db = await TestDatabase.CreateAsync(new Fakes.FakeExtractor());
        await db.Importer.ImportAsync([ImportSource.FromBytes("page.txt", "锦江区完成投资12亿元。\n\n新开工3个项目。"u8.ToArray())], new ImportOptions());
        await using (var context = db.Context())
        {
            await context.Database.ExecuteSqlRawAsync("INSERT INTO \"IndicatorSearch\" (\"IndicatorSearch\") VALUES ('delete-all')");
        }
        Assert.Equal(0, await CountAsync(db, "投资"));

        await db.Initializer.InitializeAsync();

        foreach (var term in new[] { "投资", "项目", "锦江", "亿", "。" })
        {
            await using var context = db.Context();
            var scanned = await context.Indicators.CountAsync(i => i.Label.Contains(term) || i.Sentence.Contains(term));
            Assert.True(scanned > 0);
            Assert.Equal(scanned, await CountAsync(db, term));
        }
    }
}

public sealed class BigramSearchTestsOnPostgres() : BigramSearchTests(DatabaseProvider.PostgreSql), IPostgresTests
{
    // The GIN index answers a two-character Chinese term (trigram indexes cannot): with sequential
    // scans off, the plan reads it.
    [ProviderFact]
    public async Task TwoCharacterTerm_IsAnsweredByTheGinIndex()
    {
        await using var db = await TestDatabase.CreateAsync(new Fakes.FakeExtractor(), provider: Provider);
        await db.Importer.ImportAsync([ImportSource.FromBytes("page.txt", "锦江区完成投资12亿元。"u8.ToArray())], new ImportOptions());
        await using var context = db.Context();
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SET enable_seqscan = off; EXPLAIN " + PostgresBigramIndex.MatchingSql.Replace("{0}", "'投资'", StringComparison.Ordinal);
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }
        Assert.Contains("IX_Indicators_SearchBigrams", string.Join('\n', plan), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(db, "投资"));
    }
}
