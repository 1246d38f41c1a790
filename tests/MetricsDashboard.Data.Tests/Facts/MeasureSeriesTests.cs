using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Queries.Facts;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Tests.Facts;

/// <summary>
/// A measure's series, read from the few columns of its covering index: amounts of one area and
/// period add up, a rate takes its latest report, and parts of a total, size classes, figures without
/// a period, other kinds and other measures are no points. On SQLite the series reads index entries only.
/// </summary>
public abstract class MeasureSeriesTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Measure = "retail_sales_total";

    private TestDatabase _db = null!;

    private readonly Dictionary<string, long> _ids = [];

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider: provider);
        await using var context = _db.Context();
        var total = Add(context, "total", "锦江区", "2024-01", "month", CanonicalUnit.Cny, amount: true, 10e8, new DateOnly(2024, 2, 1));
        Add(context, "second", "锦江区", "2024-01", "month", CanonicalUnit.Cny, amount: true, 5e8, new DateOnly(2024, 2, 3));
        Add(context, "rate-old", "锦江区", "2024-01", "month", CanonicalUnit.Percent, amount: false, 3.5, new DateOnly(2024, 2, 1));
        Add(context, "rate-new", "锦江区", "2024-01", "month", CanonicalUnit.Percent, amount: false, 4.5, new DateOnly(2024, 3, 1));
        Add(context, "year", "青羊区", "2023", "year", CanonicalUnit.Cny, amount: true, 7e8, new DateOnly(2024, 1, 10), sector: "commerce");
        Add(context, "size-class", "锦江区", "2024-01", "month", CanonicalUnit.Cny, amount: false, 1000e8, new DateOnly(2024, 2, 1));
        Add(context, "no-period", "锦江区", null, "none", CanonicalUnit.Cny, amount: true, 2e8, new DateOnly(2024, 2, 1));
        Add(context, "target", "锦江区", "2024-01", "month", CanonicalUnit.Cny, amount: true, 20e8, new DateOnly(2024, 2, 1), kind: IndicatorKind.Target);
        Add(context, "other-measure", "锦江区", "2024-01", "month", CanonicalUnit.Cny, amount: true, 30e8, new DateOnly(2024, 2, 1), measure: "gdp");
        await context.SaveChangesAsync();
        var part = Add(context, "part", "锦江区", "2024-01", "month", CanonicalUnit.Cny, amount: true, 4e8, new DateOnly(2024, 2, 1));
        part.TotalFactId = total.Id;
        await context.SaveChangesAsync();
        foreach (var fact in context.Facts.Local)
        {
            _ids[fact.Label] = fact.Id;
        }
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [ProviderFact]
    public async Task SeriesAsync_AddsAmountsTakesTheLatestRateAndLeavesTheRestOut()
    {
        var series = await _db.Facts.SeriesAsync(Measure, new IndicatorFilter());

        Assert.NotNull(series);
        Assert.Equal(5, series.Measure.FactCount);
        Assert.Equal(
            [
                ("锦江区", "2024-01", "month", CanonicalUnit.Cny, 15e8, Ids("total", "second")),
                ("锦江区", "2024-01", "month", CanonicalUnit.Percent, 4.5, Ids("rate-new", "rate-old")),
                ("青羊区", "2023", "year", CanonicalUnit.Cny, 7e8, Ids("year")),
            ],
            series.Points.Select(p => (p.District!, p.Period, p.Grain, p.Unit, p.Value, string.Join(",", p.FactIds))).OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Unit.ToWire(), StringComparer.Ordinal));
        Assert.All(series.Points, p => Assert.Equal(IndicatorKind.Actual, p.Kind));
    }

    [ProviderFact]
    public async Task SeriesAsync_FiltersOnColumnsOfTheIndex()
    {
        var jinjiang = await _db.Facts.SeriesAsync(Measure, new IndicatorFilter { Districts = ["锦江区"], From = new DateOnly(2024, 2, 2) });
        var commerce = await _db.Facts.SeriesAsync(Measure, new IndicatorFilter { Sectors = ["commerce"] });
        var targets = await _db.Facts.SeriesAsync(Measure, new IndicatorFilter { Kinds = [IndicatorKind.Target] });

        Assert.Equal([(CanonicalUnit.Cny, 5e8), (CanonicalUnit.Percent, 4.5)], jinjiang!.Points.Select(p => (p.Unit, p.Value)).OrderBy(p => p.Unit.ToWire(), StringComparer.Ordinal));
        Assert.Equal("青羊区", Assert.Single(commerce!.Points).District);
        Assert.Equal(20e8, Assert.Single(targets!.Points).Value);
    }

    private string Ids(params string[] labels) => string.Join(",", labels.Select(l => _ids[l]).Order());

    private static Fact Add(
        MetricsDbContext context, string label, string district, string? period, string grain, CanonicalUnit unit, bool amount, double value, DateOnly published,
        IndicatorKind kind = IndicatorKind.Actual, string measure = Measure, string sector = "economy")
    {
        var fact = new Fact
        {
            Metric = "retail_sales", Unit = unit, Kind = kind, District = district, Sector = sector, Period = period, PeriodGrain = grain,
            Value = value, Qualifier = Qualifier.Exact, Label = label, MeasureKey = measure, IsAmount = amount, IsSummable = amount, MentionCount = 1, PublishedOn = published,
        };
        context.Facts.Add(fact);
        return fact;
    }

    /// <summary>Both of the series' queries on SQLite are answered from IX_Facts_Measure_Cover without reading a row of the table.</summary>
    protected async Task AssertReadsTheCoveringIndexOnlyAsync(IndicatorFilter filter)
    {
        await using var context = _db.Context();
        await AssertReadsTheCoveringIndexOnlyAsync((await MeasureSeriesQuery.SumsAsync(context, Measure, filter, CancellationToken.None)).ToQueryString());
        await AssertReadsTheCoveringIndexOnlyAsync((await MeasureSeriesQuery.NonAdditiveAsync(context, Measure, filter, CancellationToken.None)).ToQueryString());
    }

    private async Task AssertReadsTheCoveringIndexOnlyAsync(string sql)
    {
        // ToQueryString declares each parameter on a line of its own: ".param set @name value".
        var lines = sql.Split('\n');
        await using var connection = new SqliteConnection(_db.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var parts in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)).Select(l => l[".param set ".Length..].Split(' ', 2)))
        {
            var text = parts[1].Trim();
            command.Parameters.AddWithValue(parts[0], text.StartsWith('\'') ? text[1..^1].Replace("''", "'", StringComparison.Ordinal) : long.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
        }
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }
        var step = Assert.Single(plan, p => p.Contains(" f ", StringComparison.Ordinal) || p.EndsWith(" f", StringComparison.Ordinal) || p.Contains("Facts", StringComparison.Ordinal));
        Assert.Contains("USING COVERING INDEX IX_Facts_Measure_Cover", step, StringComparison.Ordinal);
    }
}

public sealed class MeasureSeriesTestsOnSqlite() : MeasureSeriesTests(DatabaseProvider.Sqlite)
{
    [Fact]
    public Task SeriesQuery_ReadsIndexEntriesOnly() =>
        AssertReadsTheCoveringIndexOnlyAsync(new IndicatorFilter { Kinds = [IndicatorKind.Actual] });

    [Fact]
    public Task SeriesQuery_ForAnAreaAndDates_ReadsIndexEntriesOnly() =>
        AssertReadsTheCoveringIndexOnlyAsync(new IndicatorFilter { Kinds = [IndicatorKind.Actual], Districts = ["成都市"], From = new DateOnly(2024, 1, 1) });
}

public sealed class MeasureSeriesTestsOnPostgres() : MeasureSeriesTests(DatabaseProvider.PostgreSql), IPostgresTests;
