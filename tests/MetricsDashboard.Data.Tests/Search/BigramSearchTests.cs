using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Tests.Search;

/// <summary>
/// The text filter answered by the bigram index returns exactly the rows of the substring scan,
/// for many terms cut from the seeds' own sentences and labels, and stays right after replacing,
/// re-extracting and back-filling.
/// </summary>
public sealed class BigramSearchTests
{
    [Fact]
    public void Bigrams_CutTextIntoOverlappingPairs()
    {
        Assert.Equal(["成都", "都市"], Bigrams.Of("成都市"));
        Assert.Empty(Bigrams.Of("亿"));
        Assert.Null(Bigrams.Phrase("亿"));
        Assert.Equal("\"621090fd\"", Bigrams.Phrase("成都"));
        // Case and punctuation are kept: the index must not fold what the scan tells apart.
        Assert.NotEqual(Bigrams.Tokens("GDP"), Bigrams.Tokens("gdp"));
        Assert.Equal(2, Bigrams.Tokens("，。%").Split(' ').Length);
    }

    // Databases hold tokens written before Tokens was rewritten for speed: a new import's tokens
    // must be the same eight hex digits per pair, or old rows would stop matching new queries.
    [Theory]
    [InlineData("成都市锦江区新增投资12.5亿元，同比增长8%")]
    [InlineData("GDP")]
    [InlineData("ab")]
    [InlineData("\uffff\u0000\ud83d\ude00")]
    public void Tokens_AreEightHexDigitsPerPair_AsStoredIndexesHoldThem(string text)
    {
        var expected = string.Join(" ", Enumerable.Range(0, text.Length - 1)
            .Select(i => (((uint)text[i] << 16) | text[i + 1]).ToString("x8", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, Bigrams.Tokens(text));
        Assert.Equal("", Bigrams.Tokens("亿"));
        Assert.Equal("", Bigrams.Tokens(null));
    }

    [Fact]
    public async Task TextFilter_ManyTermsFromTheSeeds_SameRowsAsTheScan()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Importer.ImportPathAsync(TestFiles.SeedsFolder, new ImportOptions());
        await using var context = db.Context();
        var rows = await context.Indicators.Select(i => new { i.Id, i.Label, i.Sentence }).ToListAsync();
        var texts = rows.SelectMany(r => new[] { r.Label, r.Sentence }).Where(t => t.Length > 0).ToList();
        var random = new Random(12);
        var terms = new List<string>
        {
            "投资", "亿元", "成都", "锦江区", "亿", "元", "%", "，", "。", "GDP", "gdp", "5G", "2024", "1", "不存在的词组",
            "\"", "\"投资\"", "a OR b", "NEAR", "*", "投资 亿元",
        };
        for (var k = 0; k < 300; k++)
        {
            var text = texts[random.Next(texts.Count)];
            var length = Math.Min(text.Length, 1 + random.Next(12));
            terms.Add(text.Substring(random.Next(text.Length - length + 1), length));
        }
        // Terms across a line break, where sentences hold one.
        foreach (var text in texts.Where(t => t.Contains('\n')).Take(5))
        {
            var at = text.IndexOf('\n');
            terms.Add(text.Substring(Math.Max(0, at - 2), Math.Min(text.Length, at + 3) - Math.Max(0, at - 2)));
        }
        Assert.Contains(terms, t => t.Length == 2);
        Assert.Contains(terms, t => t.Length > 6);

        foreach (var term in terms.Distinct(StringComparer.Ordinal).Where(t => t.Trim().Length > 0))
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

    [Fact]
    public async Task TextFilter_AfterReplaceAndReextract_FindsOnlyCurrentText()
    {
        await using var db = await TestDatabase.CreateAsync(new Fakes.FakeExtractor());
        await db.Importer.ImportAsync([ImportSource.FromBytes("page.txt", "青白江区完成投资12亿元。"u8.ToArray())], new ImportOptions());
        Assert.Equal(1, await CountAsync(db, "青白江"));

        await db.Importer.ImportAsync([ImportSource.FromBytes("page.txt", "龙泉驿区完成投资15亿元。"u8.ToArray())], new ImportOptions());
        await db.Importer.ReextractAsync(all: true);

        Assert.Equal(0, await CountAsync(db, "青白江"));
        Assert.Equal(1, await CountAsync(db, "龙泉驿"));
        Assert.Equal(1, await CountAsync(db, "投资"));
    }

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

        foreach (var term in new[] { "投资", "项目", "锦江" })
        {
            await using var context = db.Context();
            var scanned = await context.Indicators.CountAsync(i => i.Label.Contains(term) || i.Sentence.Contains(term));
            Assert.True(scanned > 0);
            Assert.Equal(scanned, await CountAsync(db, term));
        }
    }

    private static async Task<int> CountAsync(TestDatabase db, string term)
    {
        await using var context = db.Context();
        return await (await IndicatorFilterTranslator.ApplyAsync(context, context.Indicators, new IndicatorFilter { Text = term }, default)).CountAsync();
    }
}
