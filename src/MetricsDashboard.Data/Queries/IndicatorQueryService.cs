using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Data.Search;
using MetricsDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Queries;

/// <summary>
/// Answers the dashboard's questions with one short-lived context per call, untracked, projected
/// in SQL onto the indexed columns of the Indicators table.
/// </summary>
public sealed class IndicatorQueryService(IDbContextFactory<MetricsDbContext> contextFactory) : IIndicatorQueryService
{
    /// <summary>The most articles <see cref="ListArticlesAsync"/> returns unless told otherwise.</summary>
    public const int DefaultArticleLimit = 1000;

    /// <summary>Name of the single series of <see cref="CountSeriesAsync"/>.</summary>
    public const string CountSeriesName = "indicators";

    /// <summary>
    /// Above this many matches of the text, a page walks the sort's index and checks ids; below, it
    /// reads the matching rows by id and sorts them (a rare term would otherwise walk most of the
    /// index). Tests lower it to check that both plans give the same page.
    /// </summary>
    internal int ManyTextMatches { get; set; } = 5_000;

    // Sorts that SQLite reads in order from an index of their own (column, then id).
    private static readonly HashSet<IndicatorSort> SortsWithOwnIndex = [IndicatorSort.PublishedOn, IndicatorSort.Sector, IndicatorSort.Metric];

    /// <summary>Whether counts and sums read the rollups; off only to check them against the rows in tests.</summary>
    internal bool UseRollups { get; set; } = true;

    private static readonly Expression<Func<StoredIndicator, IndicatorRow>> ToRow = i => new IndicatorRow(
        i.Id, i.DocumentId, i.ArticleId, i.Article!.Title ?? "", i.Document!.FileName, i.PublishedOn,
        i.Surface, i.Start, i.End, i.Value, i.ValueMax, i.Unit, i.Counter, i.Qualifier, i.Kind,
        i.Metric, i.Label, i.District, i.Sector, i.Period, i.Sentence, i.SentenceStart, i.Confidence,
        i.ReviewStatus, i.ReviewedBy, i.ReviewedAt);

    /// <inheritdoc />
    public async Task<DashboardSummary> GetSummaryAsync(IndicatorFilter filter, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var byDistrict = await IndicatorAggregator.GroupAsync(db, filter, IndicatorGrouping.District, UseRollups, ct);
        var indicators = byDistrict.Sum(r => r.Count);
        var districts = byDistrict.Where(r => r.Key != "" && r.Count > 0).Select(r => r.Key).Distinct(StringComparer.Ordinal).Count();
        if (filter.IsEmpty)
        {
            return new DashboardSummary(
                await db.Documents.CountAsync(ct), await db.Articles.CountAsync(ct), indicators, districts,
                await db.Indicators.MaxAsync(i => i.PublishedOn, ct));
        }
        if (UseRollups && IsAreasOnly(filter) && db.Database.IsSqlite())
        {
            // Areas alone (成都市: 23 districts, 40% of the rows): one row per article of the area.
            var areas = IndicatorFilterTranslator.Clean(filter.Districts);
            var counts = await db.Database
                .SqlQueryRaw<AreaCounts>(
                    "SELECT COUNT(DISTINCT \"DocumentId\") AS \"Documents\", COUNT(DISTINCT \"ArticleId\") AS \"Articles\", MAX(\"PublishedOn\") AS \"Latest\" " +
                    "FROM \"AreaArticles\" WHERE \"Area\" IN (SELECT value FROM json_each({0}))",
                    System.Text.Json.JsonSerializer.Serialize(areas))
                .SingleAsync(ct);
            return new DashboardSummary(counts.Documents, counts.Articles, indicators, districts, counts.Latest);
        }
        // Distinct documents and articles need the rows: one pass, answered from the covering index
        // when the filter names an area.
        var query = await FilteredAsync(db, filter, ct);
        var totals = await query
            .GroupBy(i => 1)
            .Select(g => new { Documents = g.Select(i => i.DocumentId).Distinct().Count(), Articles = g.Select(i => i.ArticleId).Distinct().Count(), Latest = g.Max(i => i.PublishedOn) })
            // One group at most: Single says so (First without an order made EF Core log a warning).
            .SingleOrDefaultAsync(ct);
        return new DashboardSummary(totals?.Documents ?? 0, totals?.Articles ?? 0, indicators, districts, totals?.Latest);
    }

    /// <inheritdoc />
    public async Task<CoverageOverview> GetCoverageAsync(IndicatorFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.IsEmpty || RollupPlan.For(filter, UseRollups).UseRollups)
        {
            // Each part from its rollups, on a context of its own. SQLite reads complete
            // synchronously: the summary (distinct articles, the slowest part under a topic filter)
            // runs on a pool thread beside the counts, which run in turn here. Five reads side by
            // side gained nothing on two cores and made GET / slower at p95 over a million figures.
            var summary = Task.Run(() => GetSummaryAsync(filter, ct), ct);
            var byDistrict = await CountByAsync(filter, IndicatorGrouping.District, ct);
            var bySector = await CountByAsync(filter, IndicatorGrouping.Sector, ct);
            var byMonth = await CountByAsync(filter, IndicatorGrouping.Month, ct);
            var heatmap = await HeatmapAsync(filter, ct);
            return new CoverageOverview(await summary, byDistrict, bySector, byMonth, heatmap);
        }
        // A text search (or a document, an article): every part needs the matching rows, and for a
        // common term (亿: 285,000 of a million) finding and reading them is the whole cost, so
        // they are read once, not once per part: 亿 over 200,000 figures in 126 ms instead of 365 ms
        // for the five reads (bench-store), the overview under 亿元 over a million in 0.84 s, not 1.46 s.
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = (await FilteredAsync(db, filter, ct))
            .Select(i => new CoverageRow(i.District, i.Sector, i.PublishedMonth, i.DocumentId, i.ArticleId, i.PublishedOn));
        var tally = new CoverageTally();
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            tally.Add(row);
        }
        return tally.ToOverview();
    }

    /// <inheritdoc />
    public async Task<Page<IndicatorRow>> ListAsync(IndicatorFilter filter, IndicatorSort sort, bool descending, int skip, int take, CancellationToken ct = default)
    {
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 0, 10_000);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var (total, textAsCheck) = await TotalAsync(db, filter, sort, ct);
        var query = await IndicatorFilterTranslator.ApplyAsync(db, db.Indicators, filter, ct, textAsCheck);
        // Ids first: sorting and skipping read index entries only; table rows are read for the page alone.
        var ids = await Sort(query, sort, descending, db.IsPostgreSql()).Skip(skip).Take(take).Select(i => i.Id).ToListAsync(ct);
        return new Page<IndicatorRow>(await RowsAsync(db, ids, ct), total, skip, take);
    }

    // The page's total, and whether its rows are better found through another index (the sort's,
    // or a selective filter's) with the text index's ids as a check: for a term matching many rows
    // (投资 96,000 of a million, 亿 285,000), reading them all by id costs more than walking that index.
    private async Task<(int Total, bool TextAsCheck)> TotalAsync(MetricsDbContext db, IndicatorFilter filter, IndicatorSort sort, CancellationToken ct)
    {
        var indexed = IndicatorFilterTranslator.IndexedText(db, filter);
        if (indexed is null)
        {
            var byUnit = await IndicatorAggregator.GroupAsync(db, filter, IndicatorGrouping.Unit, UseRollups, ct);
            return (byUnit.Sum(r => r.Count), false);
        }
        // No rollup carries text. The term alone is counted in the text index without reading a row
        // (exact: the index holds every indicator; an id matching twice counts once); with other
        // filters too, the rows are counted.
        var textOnly = (filter with { Text = null }).IsEmpty;
        int? matches = textOnly || db.Database.IsSqlite() ? await IndicatorTextIndex.For(db)!.CountAsync(db, filter.Text!.Trim(), ct) : null;
        var common = db.Database.IsSqlite() && matches >= ManyTextMatches;
        // Areas, a document or an article select few rows through indexes of their own.
        var selective = IndicatorFilterTranslator.Clean(filter.Districts).Count > 0 || filter.DocumentId is not null || filter.ArticleId is not null;
        var total = textOnly
            ? matches!.Value
            : await (await IndicatorFilterTranslator.ApplyAsync(db, db.Indicators, filter, ct, textAsCheck: common && selective)).CountAsync(ct);
        return (total, common && (selective || SortsWithOwnIndex.Contains(sort)));
    }

    /// <inheritdoc />
    public async Task<int> CountAsync(IndicatorFilter filter, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var byUnit = await IndicatorAggregator.GroupAsync(db, filter, IndicatorGrouping.Unit, UseRollups, ct);
        return byUnit.Sum(r => r.Count);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<IndicatorRow> StreamAllAsync(IndicatorFilter filter, int limit, [EnumeratorCancellation] CancellationToken ct = default)
    {
        // The context lives as long as the enumeration: it is disposed when the caller stops reading.
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var query = await FilteredAsync(db, filter, ct);
        await foreach (var row in DownloadOrder(query, limit, db.IsPostgreSql()).Select(ToRow).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<CitedArticle> StreamCitedArticlesAsync(IndicatorFilter filter, int limit, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var query = await FilteredAsync(db, filter, ct);
        var cited = DownloadOrder(query, limit, db.IsPostgreSql()).Select(i => i.ArticleId).Distinct();
        var articles = db.Articles
            .Where(a => cited.Contains(a.Id))
            .OrderByNullable(a => a.PublishedOn, descending: true, db.IsPostgreSql()).ThenBy(a => a.Id)
            .Select(a => new CitedArticle(a.Id, a.Title ?? "", a.Document!.FileName, a.PublishedOn));
        await foreach (var article in articles.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return article;
        }
    }

    // One order for the rows of a download and for the articles they cite, so a cut file cites exactly its rows.
    private static IQueryable<StoredIndicator> DownloadOrder(IQueryable<StoredIndicator> query, int limit, bool postgres) =>
        query.OrderByNullable(i => i.PublishedOn, descending: true, postgres).ThenBy(i => i.Id).Take(Math.Max(0, limit));

    /// <inheritdoc />
    public async Task<IReadOnlyList<CountRow>> CountByAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = await IndicatorAggregator.GroupAsync(db, filter, grouping, UseRollups, ct);
        var counts = rows
            .GroupBy(r => GroupingKeys.IsTime(grouping) ? GroupingKeys.FromMonth(r.Key, grouping) : r.Key, StringComparer.Ordinal)
            .Select(g => new CountRow(g.Key, g.Sum(r => r.Count)));
        return GroupingKeys.IsTime(grouping)
            ? counts.OrderBy(r => r.Key, StringComparer.Ordinal).ToList()
            : counts.OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SumRow>> SumByAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = await IndicatorAggregator.GroupAsync(db, filter, grouping, UseRollups, ct);
        var sums = rows
            .GroupBy(r => (Key: GroupingKeys.IsTime(grouping) ? GroupingKeys.FromMonth(r.Key, grouping) : r.Key, r.Unit, r.Counter))
            .Select(g => new SumRow(g.Key.Key, g.Key.Unit, g.Key.Counter, g.Sum(x => x.Count), g.Sum(x => x.Sum), g.Max(x => x.Max)));
        return GroupingKeys.IsTime(grouping)
            ? sums.OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Unit.ToWire(), StringComparer.Ordinal).ThenBy(r => r.Counter, StringComparer.Ordinal).ToList()
            : sums.OrderBy(r => r.Unit.ToWire(), StringComparer.Ordinal).ThenBy(r => r.Counter, StringComparer.Ordinal).ThenByDescending(r => r.Sum).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<HeatCell>> HeatmapAsync(IndicatorFilter filter, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var cells = await IndicatorAggregator.HeatAsync(db, filter, UseRollups, ct);
        return cells.OrderBy(c => c.District, StringComparer.Ordinal).ThenBy(c => c.Sector, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IndicatorRow>> LargestAmountsAsync(IndicatorFilter filter, int take, CancellationToken ct = default)
    {
        const CanonicalUnit cny = CanonicalUnit.Cny;
        if (filter.Units.Count > 0 && !filter.Units.Contains(cny))
        {
            return [];
        }
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var query = await FilteredAsync(db, filter, ct);
        // SQLite walks the (Unit, Value) index from the top and stops after `take` matches: ideal
        // when most amounts match, a full walk of every amount when few do (a topic with little
        // money took a second on a million rows). The rollups say cheaply which case this is; for
        // a selective filter the Unit condition is made unindexable (a CASE expression) so that the
        // filter's own index is used and only its rows are sorted.
        query = await IsSelectiveForAmountsAsync(db, filter, cny, ct)
            ? query.Where(i => (i.Unit == cny ? 1 : 0) == 1)
            : query.Where(i => i.Unit == cny);
        // 千亿级 (a size class), 亿元以上 (a threshold) and 最高1500元 (a cap) are no amounts.
        query = query.Where(i => i.Form == FigureForm.Amount);
        // A headline repeating its body is one fact: list each fact once (its first mention by value,
        // then id). Reading a few more rows than asked leaves room for the repeats that are skipped.
        var top = await query.OrderByDescending(i => i.Value).ThenBy(i => i.Id).Take(Math.Max(0, take) * 4)
            .Select(i => new { i.Id, i.FactId }).ToListAsync(ct);
        var ids = top.DistinctBy(i => i.FactId ?? -i.Id).Take(Math.Max(0, take)).Select(i => i.Id).ToList();
        return await RowsAsync(db, ids, ct);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChartSeriesData>> CountSeriesAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default)
    {
        var rows = await CountByAsync(filter, grouping, ct);
        return [new ChartSeriesData(CountSeriesName, null, null, rows.Select(r => r.Key).ToList(), rows.Select(r => (double)r.Count).ToList())];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChartSeriesData>> SumSeriesAsync(IndicatorFilter filter, IndicatorGrouping grouping, CancellationToken ct = default)
    {
        var rows = await SumByAsync(filter, grouping, ct);
        // Categories in the order of the count groupings: time ascending, otherwise largest first by indicator count.
        var categories = GroupingKeys.IsTime(grouping)
            ? rows.Select(r => r.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
            : rows.GroupBy(r => r.Key, StringComparer.Ordinal).OrderByDescending(g => g.Sum(r => r.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        return rows
            .GroupBy(r => (r.Unit, r.Counter))
            .OrderBy(g => g.Key.Unit.ToWire(), StringComparer.Ordinal)
            .ThenBy(g => g.Key.Counter, StringComparer.Ordinal)
            .Select(g =>
            {
                var sums = g.ToDictionary(r => r.Key, r => r.Sum, StringComparer.Ordinal);
                var name = g.Key.Counter is null ? g.Key.Unit.ToWire() : $"{g.Key.Unit.ToWire()} ({g.Key.Counter})";
                return new ChartSeriesData(name, g.Key.Unit, g.Key.Counter, categories, categories.Select(c => sums.GetValueOrDefault(c)).ToList());
            })
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleListItem>> ListArticlesAsync(IndicatorFilter filter, CancellationToken ct = default, int limit = DefaultArticleLimit)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        limit = Math.Max(0, limit);
        if (filter.IsEmpty)
        {
            return await db.Articles
                .OrderByNullable(a => a.PublishedOn, descending: true, db.IsPostgreSql()).ThenByDescending(a => a.Id)
                .Take(limit)
                .Select(a => new ArticleListItem(a.Id, a.DocumentId, a.Title, a.Byline, a.District, a.Sector, a.PublishedOn, a.Document!.FileName,
                    db.Indicators.Count(i => i.ArticleId == a.Id)))
                .ToListAsync(ct);
        }
        var query = await FilteredAsync(db, filter, ct);
        var counts = query.GroupBy(i => i.ArticleId).Select(g => new { ArticleId = g.Key, Count = g.Count() });
        return await db.Articles
            .Join(counts, a => a.Id, c => c.ArticleId, (a, c) => new { a, c.Count })
            .OrderByNullable(x => x.a.PublishedOn, descending: true, db.IsPostgreSql()).ThenByDescending(x => x.a.Id)
            .Take(limit)
            .Select(x => new ArticleListItem(x.a.Id, x.a.DocumentId, x.a.Title, x.a.Byline, x.a.District, x.a.Sector, x.a.PublishedOn, x.a.Document!.FileName, x.Count))
            .ToListAsync(ct);
    }

    /// <inheritdoc />
    public async Task<ArticleDetail?> GetArticleAsync(int articleId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var article = await db.Articles
            .Where(a => a.Id == articleId)
            .Select(a => new
            {
                Item = new ArticleListItem(a.Id, a.DocumentId, a.Title, a.Byline, a.District, a.Sector, a.PublishedOn, a.Document!.FileName,
                    db.Indicators.Count(i => i.ArticleId == a.Id)),
                a.Start,
                // Only the article's slice leaves the database, not the whole page.
                Text = a.Document.NormalisedText.Substring(a.Start, a.End - a.Start),
            })
            .FirstOrDefaultAsync(ct);
        if (article is null)
        {
            return null;
        }
        var indicators = await db.Indicators.Where(i => i.ArticleId == articleId).OrderBy(i => i.Start).ThenBy(i => i.Id).Select(ToRow).ToListAsync(ct);
        return new ArticleDetail(article.Item, article.Text ?? "", article.Start, indicators);
    }

    /// <inheritdoc />
    public async Task<ReferenceData> GetReferenceDataAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var areas = await db.Areas.Select(a => new AreaInfo(a.Name, a.Level, a.ParentName)).ToListAsync(ct);
        var sectors = await db.Sectors.Select(s => new KeyName(s.Key, s.NameZh, s.NameEn)).ToListAsync(ct);
        var metrics = await db.MetricCategories.Select(m => new KeyName(m.Key, m.NameZh, m.NameEn)).ToListAsync(ct);
        return new ReferenceData(OrderAreas(areas), sectors, metrics, Enum.GetValues<CanonicalUnit>());
    }

    private static bool IsAreasOnly(IndicatorFilter filter) =>
        filter.Districts.Count > 0 && filter with { Districts = [] } is { IsEmpty: true };

    // One row of the AreaArticles counts (raw SQL, mapped by column name).
    private sealed record AreaCounts(int Documents, int Articles, DateOnly? Latest);

    /// <summary>Below this share of all amounts, a filter's own index beats walking amounts by size.</summary>
    private const double SelectiveShare = 0.2;

    private async Task<bool> IsSelectiveForAmountsAsync(MetricsDbContext db, IndicatorFilter filter, CanonicalUnit cny, CancellationToken ct)
    {
        if (filter.IsEmpty || !RollupPlan.For(filter, UseRollups).UseRollups)
        {
            return false;
        }
        var all = await IndicatorAggregator.GroupAsync(db, new IndicatorFilter { Units = [cny] }, IndicatorGrouping.Unit, UseRollups, ct);
        var matching = await IndicatorAggregator.GroupAsync(db, filter with { Units = [cny] }, IndicatorGrouping.Unit, UseRollups, ct);
        var total = all.Sum(r => r.Count);
        return total > 0 && matching.Sum(r => r.Count) < SelectiveShare * total;
    }

    // Parents before children, each level in name order: the order a filter drop-down wants.
    private static List<AreaInfo> OrderAreas(List<AreaInfo> areas)
    {
        var levels = new Dictionary<string, int>(StringComparer.Ordinal) { ["country"] = 0, ["province"] = 1, ["city"] = 2, ["district"] = 3 };
        return areas.OrderBy(a => levels.GetValueOrDefault(a.Level, 4)).ThenBy(a => a.Parent, StringComparer.Ordinal).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
    }

    // The rows of the given ids, in the order of the ids.
    private static async Task<List<IndicatorRow>> RowsAsync(MetricsDbContext db, List<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        // A parameter (json_each), not constants: one cached SQL for every page.
        var rows = await db.Indicators.Where(i => EF.Parameter(ids).Contains(i.Id)).Select(ToRow).ToDictionaryAsync(r => r.Id, ct);
        return ids.Select(id => rows[id]).ToList();
    }

    private static Task<IQueryable<StoredIndicator>> FilteredAsync(MetricsDbContext db, IndicatorFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return IndicatorFilterTranslator.ApplyAsync(db, db.Indicators, filter, ct);
    }

    private static IQueryable<StoredIndicator> Sort(IQueryable<StoredIndicator> query, IndicatorSort sort, bool descending, bool postgres) => (sort, descending) switch
    {
        (IndicatorSort.PublishedOn, true) => query.OrderByNullable(i => i.PublishedOn, descending: true, postgres).ThenByDescending(i => i.Id),
        (IndicatorSort.PublishedOn, false) => query.OrderByNullable(i => i.PublishedOn, descending: false, postgres).ThenBy(i => i.Id),
        // Values of different units are not comparable (亿元 vs 平方米 vs 人次): rows are grouped by
        // unit and counter first, then sorted by value within each.
        (IndicatorSort.Value, true) => query.OrderBy(i => i.Unit).ThenByNullable(i => i.Counter, descending: false, postgres).ThenByDescending(i => i.Value).ThenByDescending(i => i.Id),
        (IndicatorSort.Value, false) => query.OrderBy(i => i.Unit).ThenByNullable(i => i.Counter, descending: false, postgres).ThenBy(i => i.Value).ThenBy(i => i.Id),
        (IndicatorSort.District, true) => query.OrderByNullable(i => i.District, descending: true, postgres).ThenByDescending(i => i.Id),
        (IndicatorSort.District, false) => query.OrderByNullable(i => i.District, descending: false, postgres).ThenBy(i => i.Id),
        (IndicatorSort.Sector, true) => query.OrderByDescending(i => i.Sector).ThenByDescending(i => i.Id),
        (IndicatorSort.Sector, false) => query.OrderBy(i => i.Sector).ThenBy(i => i.Id),
        (IndicatorSort.Metric, true) => query.OrderByDescending(i => i.Metric).ThenByDescending(i => i.Id),
        (IndicatorSort.Metric, false) => query.OrderBy(i => i.Metric).ThenBy(i => i.Id),
        (IndicatorSort.Label, true) => query.OrderByDescending(i => i.Label).ThenByDescending(i => i.Id),
        (IndicatorSort.Label, false) => query.OrderBy(i => i.Label).ThenBy(i => i.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
    };
}
