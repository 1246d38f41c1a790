using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Queries.Caching;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Data.Tests.Queries.Caching;

/// <summary>
/// A web instance with the query cache answers repeated views from memory and never shows data older
/// than the database's: an import by another instance (another process, another connection) is seen
/// by the next read, on both engines.
/// </summary>
public abstract class CachedQueriesTests(DatabaseProvider provider)
{
    private static readonly IndicatorFilter City = new() { Districts = ["成都市"] };

    [ProviderFact]
    public async Task CachedReads_AfterAnotherInstanceImports_ShowTheNewData()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await db.Importer.ImportPathAsync(TestFiles.SeedsFolder, new ImportOptions());
        await using var web = db.NewInstance(queryCache: true);
        var cache = web.GetRequiredService<QueryResultCache>();
        var queries = web.GetRequiredService<IIndicatorQueryService>();
        var facts = web.GetRequiredService<IFactQueryService>();
        Assert.IsType<CachedIndicatorQueries>(queries);

        var before = await ViewAsync(queries, facts);
        Assert.Equal(before, await ViewAsync(queries, facts));
        if (provider == DatabaseProvider.Sqlite)
        {
            // The second view is answered from memory. (PostgreSQL's token is the cluster's snapshot,
            // which the other tests' writes to their own databases move at any time.)
            var (hits, misses) = cache.Statistics;
            Assert.Equal(misses, hits);
        }
        Assert.Equal(before, await ViewAsync(db.Queries, db.Facts));

        // The other instance imports a new article about the city: the cached instance sees it at once.
        await db.Importer.ImportAsync(
            [ImportSource.FromBytes("new-article.txt", "成都市青白江区2024年完成固定资产投资120亿元，新增市场主体3000户。"u8.ToArray())],
            new ImportOptions());
        var after = await ViewAsync(queries, facts);
        Assert.NotEqual(before, after);
        Assert.Equal(await ViewAsync(db.Queries, db.Facts), after);
        Assert.True(after.Indicators > before.Indicators);
    }

    [ProviderFact]
    public async Task Version_ChangesAfterACommit_AndOnSqliteStaysWhileOnlyReading()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await using var web = db.NewInstance(queryCache: true);
        var versions = web.GetRequiredService<IDataVersionSource>();
        var first = await versions.CurrentAsync();
        Assert.NotNull(first);
        await db.Queries.GetSummaryAsync(IndicatorFilter.Empty);
        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.Equal(first, await versions.CurrentAsync());
        }
        await db.Importer.ImportPathAsync(TestFiles.Seeds[0], new ImportOptions());
        Assert.NotEqual(first, await versions.CurrentAsync());
    }

    private sealed record View(int Indicators, int Articles, string ByMonth, string Heat, string Measures, string Largest, string Searched);

    private static async Task<View> ViewAsync(IIndicatorQueryService queries, IFactQueryService facts)
    {
        var summary = await queries.GetSummaryAsync(City);
        var byMonth = await queries.CountByAsync(City, IndicatorGrouping.Month);
        var heat = await queries.HeatmapAsync(IndicatorFilter.Empty);
        var measures = await facts.MeasuresAsync();
        var largest = await queries.LargestAmountsAsync(City, 5);
        // The overview under a search: one read of the matching rows, cached as one entry.
        var searched = await queries.GetCoverageAsync(new IndicatorFilter { Text = "投资" });
        return new View(
            summary.Indicators, summary.Articles,
            string.Join(";", byMonth.Select(r => $"{r.Key}={r.Count}")),
            string.Join(";", heat.Select(c => $"{c.District}/{c.Sector}={c.Count}")),
            string.Join(";", measures.Select(m => $"{m.Key}={m.FactCount}")),
            string.Join(";", largest.Select(r => r.Id)),
            $"{searched.Summary.Indicators}:" + string.Join(";", searched.ByDistrict.Select(r => $"{r.Key}={r.Count}")));
    }
}

public sealed class CachedQueriesTestsOnSqlite() : CachedQueriesTests(DatabaseProvider.Sqlite);

public sealed class CachedQueriesTestsOnPostgres() : CachedQueriesTests(DatabaseProvider.PostgreSql), IPostgresTests;
