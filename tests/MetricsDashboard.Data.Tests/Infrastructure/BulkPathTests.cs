using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Synthetic;
using MetricsDashboard.Data.Tests.Fakes;
using MetricsDashboard.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Tests.Infrastructure;

public abstract class BulkPathTests(DatabaseProvider provider)
{
    [ProviderFact]
    public async Task SyntheticDataGeneratorGenerate_Count_WritesRowsEfReadsBack()
    {
        await using var db = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);

        SyntheticDataGenerator.Generate(db.Target, 1234);

        await using var context = db.Context();
        Assert.Equal(1234, await context.Indicators.CountAsync());
        var rows = await context.Indicators.OrderBy(i => i.Id).Take(50).ToListAsync();
        Assert.All(rows, r =>
        {
            Assert.NotNull(r.PublishedOn);
            Assert.Equal(r.PublishedOn!.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), r.PublishedMonth);
            Assert.InRange(r.PublishedOn.Value, SyntheticDataGenerator.FirstDate, SyntheticDataGenerator.LastDate);
        });
        Assert.True(await context.Indicators.Select(i => i.Metric).Distinct().CountAsync() > 15);
    }

    [ProviderFact]
    public async Task SyntheticDataGeneratorGenerate_SameSeed_SameValues()
    {
        await using var first = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);
        await using var second = await TestDatabase.CreateAsync(new FakeExtractor(), provider: provider);

        SyntheticDataGenerator.Generate(first.Target, 300, seed: 7);
        SyntheticDataGenerator.Generate(second.Target, 300, seed: 7);

        await using var a = first.Context();
        await using var b = second.Context();
        Assert.Equal(
            await a.Indicators.OrderBy(i => i.Id).Select(i => new { i.Value, i.District, i.Metric, i.PublishedOn }).ToListAsync(),
            await b.Indicators.OrderBy(i => i.Id).Select(i => new { i.Value, i.District, i.Metric, i.PublishedOn }).ToListAsync());
    }
}

public sealed class BulkPathTestsOnSqlite() : BulkPathTests(DatabaseProvider.Sqlite);

public sealed class BulkPathTestsOnPostgres() : BulkPathTests(DatabaseProvider.PostgreSql), IPostgresTests;
