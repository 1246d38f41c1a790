using MetricsDashboard.Data.Queries;
using MetricsDashboard.Data.Queries.Caching;

namespace MetricsDashboard.Data.Tests.Queries.Caching;

/// <summary>Entries live exactly as long as the data version they were read at.</summary>
public sealed class QueryResultCacheTests
{
    private sealed class SettableVersion : IDataVersionSource
    {
        public string? Version { get; set; } = "1";

        public ValueTask<string?> CurrentAsync(CancellationToken ct = default) => ValueTask.FromResult(Version);
    }

    private readonly SettableVersion _version = new();
    private int _loads;

    private Task<IReadOnlyList<int>> Load(CancellationToken ct)
    {
        _loads++;
        return Task.FromResult<IReadOnlyList<int>>([_loads]);
    }

    [Fact]
    public async Task SameVersion_SecondReadIsAnsweredFromTheCache()
    {
        using var cache = new QueryResultCache(_version);
        var first = await cache.GetOrLoadAsync("q", Load, default);
        var second = await cache.GetOrLoadAsync("q", Load, default);
        Assert.Same(first, second);
        Assert.Equal(1, _loads);
        Assert.Equal((1L, 1L), cache.Statistics);
    }

    [Fact]
    public async Task NewVersion_ReadsAgain_AndTheOlderEntryIsNeverServed()
    {
        using var cache = new QueryResultCache(_version);
        await cache.GetOrLoadAsync("q", Load, default);
        _version.Version = "2";
        Assert.Equal([2], await cache.GetOrLoadAsync("q", Load, default));
        // Back to a version seen before (a token may repeat only if nothing changed in between is
        // not promised): the older entry was dropped, not kept for it.
        _version.Version = "1";
        Assert.Equal([3], await cache.GetOrLoadAsync("q", Load, default));
    }

    [Fact]
    public async Task NoVersion_NothingIsCached()
    {
        _version.Version = null;
        using var cache = new QueryResultCache(_version);
        await cache.GetOrLoadAsync("q", Load, default);
        await cache.GetOrLoadAsync("q", Load, default);
        Assert.Equal(2, _loads);
    }

    [Fact]
    public async Task Filters_EqualByContent_ShareAnEntry_DifferentOnesDoNot()
    {
        using var cache = new QueryResultCache(_version);
        var a = new IndicatorFilter { Districts = ["锦江区"], Sectors = ["finance"] };
        var sameContent = new IndicatorFilter { Districts = new List<string> { "锦江区" }, Sectors = new[] { "finance" } };
        var other = a with { Sectors = ["commerce"] };
        await cache.GetOrLoadAsync(("Summary", a), Load, default);
        await cache.GetOrLoadAsync(("Summary", sameContent), Load, default);
        Assert.Equal(1, _loads);
        await cache.GetOrLoadAsync(("Summary", other), Load, default);
        await cache.GetOrLoadAsync(("Counts", a), Load, default);
        Assert.Equal(3, _loads);
    }

    [Fact]
    public async Task FailedRead_IsNotKept()
    {
        using var cache = new QueryResultCache(_version);
        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetOrLoadAsync<IReadOnlyList<int>>("q", _ => throw new InvalidOperationException("database gone"), default));
        Assert.Equal([1], await cache.GetOrLoadAsync("q", Load, default));
    }

    [Fact]
    public void WeightOf_CountsRows()
    {
        Assert.Equal(1, QueryResultCache.WeightOf("summary"));
        Assert.Equal(4, QueryResultCache.WeightOf(new[] { 1, 2, 3 }));
    }
}
