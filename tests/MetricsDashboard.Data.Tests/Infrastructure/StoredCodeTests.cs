// Raw SQL built from this test's own constants (table, column and assignment texts).
#pragma warning disable EF1003
using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Infrastructure.Conversions;
using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Tests.Queries;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Tests.Infrastructure;

/// <summary>
/// The contract's enums on entities are stored as the wire strings the columns held before they were
/// typed: rows written as strings (by an older release, or raw SQL) read back as enums, enums are
/// written as those strings, and a string this version does not know neither fails a read nor
/// matches a filter.
/// </summary>
public abstract class StoredCodeTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider: provider);
        await QueryTestData.SeedAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [ProviderFact]
    public async Task SaveChanges_Enums_StoresExactlyTheWireNames()
    {
        await using var context = _db.Context();
        var typed = await context.Indicators.OrderBy(i => i.Id).Select(i => new { i.Unit, i.Qualifier, i.Kind, i.Form }).ToListAsync();
        var raw = await context.Database
            .SqlQueryRaw<RawCodes>("SELECT \"Unit\", \"Qualifier\", \"Kind\", \"Form\" FROM \"Indicators\" ORDER BY \"Id\"")
            .ToListAsync();

        Assert.Equal(9, raw.Count);
        Assert.Equal(typed.Select(t => new RawCodes(t.Unit.ToWire(), t.Qualifier.ToWire(), t.Kind.ToWire(), t.Form.ToWire())), raw);
        Assert.Contains(raw, r => r is { Unit: "CNY", Qualifier: "exact", Kind: "actual", Form: "amount" });
        Assert.Contains(raw, r => r is { Unit: "percent", Kind: "change" });
        var dateSources = await context.Database.SqlQueryRaw<string>("SELECT \"DateSource\" AS \"Value\" FROM \"Documents\"").ToListAsync();
        Assert.Equal(["metadata", "metadata", "metadata", "none"], dateSources.Order(StringComparer.Ordinal));
    }

    [ProviderFact]
    public async Task Import_Seeds_WritesWireNamesThroughTheBulkPaths()
    {
        // Mentions and facts are written with raw SQL (IndicatorBulkWriter, FactTable), not by EF.
        await _db.Importer.ImportPathAsync(TestFiles.SeedsFolder, new ImportOptions());

        await using var context = _db.Context();
        // Table and column names are this test's constants.
        async Task<List<string>> Distinct(string table, string column) => await context.Database
            .SqlQueryRaw<string>("SELECT DISTINCT \"" + column + "\" AS \"Value\" FROM \"" + table + "\"").ToListAsync();
        Assert.Subset(WireNames.All<CanonicalUnit>().ToHashSet(), (await Distinct("Indicators", "Unit")).ToHashSet());
        Assert.Subset(WireNames.All<Qualifier>().ToHashSet(), (await Distinct("Indicators", "Qualifier")).ToHashSet());
        Assert.Subset(WireNames.All<IndicatorKind>().ToHashSet(), (await Distinct("Indicators", "Kind")).ToHashSet());
        Assert.Subset(WireNames.All<FigureForm>().ToHashSet(), (await Distinct("Indicators", "Form")).ToHashSet());
        Assert.Subset(WireNames.All<CanonicalUnit>().ToHashSet(), (await Distinct("Facts", "Unit")).ToHashSet());
        Assert.Subset(WireNames.All<IndicatorKind>().ToHashSet(), (await Distinct("Facts", "Kind")).ToHashSet());
        Assert.Subset(WireNames.All<Qualifier>().ToHashSet(), (await Distinct("Facts", "Qualifier")).ToHashSet());
        Assert.Subset(WireNames.All<CanonicalUnit>().ToHashSet(), (await Distinct("FactDistrictRollups", "Unit")).ToHashSet());
        Assert.Subset(WireNames.All<IndicatorKind>().ToHashSet(), (await Distinct("IndicatorRollups", "Kind")).ToHashSet());
        Assert.Contains("CNY", await Distinct("Facts", "Unit"));
        Assert.Contains("more_than", await Distinct("Indicators", "Qualifier"));
    }

    [ProviderFact]
    public async Task Read_RowWrittenAsStrings_ReadsEnumsAndFiltersOnThem()
    {
        var id = await UpdateRawAsync("\"Unit\" = 'm2', \"Qualifier\" = 'more_than', \"Kind\" = 'target', \"Form\" = 'size_class'");

        await using var context = _db.Context();
        var row = await context.Indicators.SingleAsync(i => i.Id == id);
        Assert.Equal((CanonicalUnit.SquareMetre, Qualifier.MoreThan, IndicatorKind.Target, FigureForm.SizeClass), (row.Unit, row.Qualifier, row.Kind, row.Form));
        var listed = await _db.Queries.ListAsync(new IndicatorFilter { Units = [CanonicalUnit.SquareMetre], Kinds = [IndicatorKind.Target] }, IndicatorSort.PublishedOn, true, 0, 10);
        Assert.Equal(id, Assert.Single(listed.Items).Id);
    }

    [ProviderFact]
    public async Task Read_CodeThisVersionDoesNotKnow_ShowsTheFallbackAndMatchesNoFilter()
    {
        // A newer release (or a hand edit) wrote codes this version has no member for.
        var id = await UpdateRawAsync("\"Unit\" = 'litre', \"Qualifier\" = 'about', \"Kind\" = 'forecast', \"Form\" = 'blob'");

        var all = await _db.Queries.ListAsync(new IndicatorFilter(), IndicatorSort.PublishedOn, true, 0, 20);
        var row = Assert.Single(all.Items, r => r.Id == id);
        Assert.Equal((CanonicalUnit.Other, Qualifier.Approx, IndicatorKind.Actual), (row.Unit, row.Qualifier, row.Kind));
        Assert.NotNull(await _db.Queries.GetArticleAsync(row.ArticleId));
        // Filters compare the stored strings: the row is not counted under the codes it is shown as.
        var asOther = await _db.Queries.ListAsync(new IndicatorFilter { Units = [CanonicalUnit.Other] }, IndicatorSort.PublishedOn, true, 0, 20);
        Assert.DoesNotContain(asOther.Items, r => r.Id == id);
        var asActual = await _db.Queries.ListAsync(new IndicatorFilter { Kinds = [IndicatorKind.Actual] }, IndicatorSort.PublishedOn, true, 0, 20);
        Assert.DoesNotContain(asActual.Items, r => r.Id == id);
        await using var context = _db.Context();
        Assert.Equal(FigureForm.Enumeration, (await context.Indicators.SingleAsync(i => i.Id == id)).Form);
    }

    // Rewrites the columns of the largest CNY mention with raw SQL and returns its id.
    private async Task<long> UpdateRawAsync(string assignments)
    {
        await using var context = _db.Context();
        var id = await context.Indicators.Where(i => i.Unit == CanonicalUnit.Cny).OrderByDescending(i => i.Value).Select(i => i.Id).FirstAsync();
        var changed = await context.Database.ExecuteSqlRawAsync("UPDATE \"Indicators\" SET " + assignments + " WHERE \"Id\" = {0}", id);
        Assert.Equal(1, changed);
        return id;
    }

    private sealed record RawCodes(string Unit, string Qualifier, string Kind, string Form);
}

public sealed class StoredCodeTestsOnSqlite() : StoredCodeTests(DatabaseProvider.Sqlite);

public sealed class StoredCodeTestsOnPostgres() : StoredCodeTests(DatabaseProvider.PostgreSql), IPostgresTests;

public sealed class WireNameConverterTests
{
    [Fact]
    public void Converters_EveryMember_StoreTheirWireNameAndReadItBack()
    {
        AssertRoundTrip<CanonicalUnit>();
        AssertRoundTrip<Qualifier>();
        AssertRoundTrip<IndicatorKind>();
        AssertRoundTrip<FigureForm>();
        AssertRoundTrip<DateSource>();
    }

    [Fact]
    public void Read_UnknownOrEmpty_GivesTheDeclaredFallback()
    {
        Assert.Equal(CanonicalUnit.Other, WireNameConverter<CanonicalUnit>.Read("litre"));
        Assert.Equal(Qualifier.Approx, WireNameConverter<Qualifier>.Read(""));
        Assert.Equal(IndicatorKind.Actual, WireNameConverter<IndicatorKind>.Read("Actual"));
        Assert.Equal(FigureForm.Enumeration, WireNameConverter<FigureForm>.Read("blob"));
        Assert.Equal(DateSource.None, WireNameConverter<DateSource>.Read("guessed"));
    }

    [Fact]
    public void Model_EveryContractEnumProperty_HasTheWireNameConverter()
    {
        using var db = new MetricsDbContext(new DbContextOptionsBuilder<MetricsDbContext>().UseSqlite("Data Source=:memory:").Options);
        var properties = db.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
            .Where(p => p.ClrType.IsEnum && p.ClrType.Namespace == typeof(CanonicalUnit).Namespace)
            .ToList();

        // Unit, Qualifier, Kind, Form on mentions; Unit, Kind, Qualifier on facts; Unit and Kind on six rollups; DateSource.
        Assert.Equal(4 + 3 + 6 * 2 + 1, properties.Count);
        Assert.All(properties, p => Assert.Equal(typeof(string), p.GetValueConverter()?.ProviderClrType));
    }

    private static void AssertRoundTrip<TEnum>() where TEnum : struct, Enum
    {
        var converter = new WireNameConverter<TEnum>();
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var stored = (string)converter.ConvertToProvider(value)!;
            Assert.Equal(value.ToWire(), stored);
            Assert.Equal(value, converter.ConvertFromProvider(stored));
        }
        Assert.Equal(WireNames.All<TEnum>(), Enum.GetValues<TEnum>().Select(v => (string)converter.ConvertToProvider(v)!));
    }
}
