using System.Linq.Expressions;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Data.Reference;
using MetricsDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Queries.Facts;

/// <summary>
/// Answers questions about facts with one short-lived, untracked context per call. Sums read only
/// the covering indexes of the Facts table (see FactConfiguration).
/// </summary>
public sealed class FactQueryService(IDbContextFactory<MetricsDbContext> contextFactory, MeasureCatalog measures) : IFactQueryService
{
    /// <summary>The kind a series shows when the filter names none.</summary>
    public const IndicatorKind DefaultSeriesKind = IndicatorKind.Actual;

    private static readonly Expression<Func<Fact, FactView>> ToView = f => new FactView(
        f.Id, f.Metric, f.Label, f.MeasureKey, f.District, f.Sector, f.Period, f.PeriodGrain, f.Kind, f.Value, f.ValueMax,
        f.Unit, f.Counter, f.Qualifier, f.IsAmount, f.IsSummable, f.TotalFactId, f.MentionCount, f.PublishedOn);

    /// <summary>Whether sums read the rollups; off only to check them against the facts in tests.</summary>
    internal bool UseRollups { get; set; } = true;

    /// <inheritdoc />
    public async Task<IReadOnlyList<FactSumRow>> SumByDistrictAsync(IndicatorFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        List<FactSumRow> rows;
        if (UseRollups && FactRollupPlan.CoversByDistrict(filter))
        {
            rows = await (await FactRollupFilter.DistrictRowsAsync(db, filter, ct))
                .GroupBy(r => new { r.District, r.Unit, r.Counter, r.Kind })
                .Select(g => new FactSumRow(g.Key.District == "" ? null : g.Key.District, g.Key.Unit, g.Key.Counter == "" ? null : g.Key.Counter, g.Key.Kind,
                    g.Sum(r => r.Count), g.Sum(r => r.Sum), g.Max(r => r.Max)))
                .ToListAsync(ct);
        }
        else
        {
            rows = await (await FactFilterTranslator.ApplyAsync(db, filter, ct)).Where(f => f.IsSummable)
                .GroupBy(f => new { f.District, f.Unit, f.Counter, f.Kind })
                .Select(g => new FactSumRow(g.Key.District, g.Key.Unit, g.Key.Counter, g.Key.Kind, g.Count(), g.Sum(f => f.Value), g.Max(f => f.Value)))
                .ToListAsync(ct);
        }
        return rows
            .OrderBy(r => r.Kind.ToWire(), StringComparer.Ordinal).ThenBy(r => r.Unit.ToWire(), StringComparer.Ordinal).ThenBy(r => r.Counter, StringComparer.Ordinal)
            .ThenByDescending(r => r.Value).ThenBy(r => r.District, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FactPeriodRow>> SumByPeriodAsync(IndicatorFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        List<(string Period, string Grain, CanonicalUnit Unit, string? Counter, IndicatorKind Kind, int Count, double Value)> rows;
        if (UseRollups && FactRollupPlan.CoversByPeriod(filter))
        {
            var sums = await FactRollupFilter.PeriodRows(db, filter)
                .GroupBy(r => new { r.Period, r.PeriodGrain, r.Unit, r.Counter, r.Kind })
                .Select(g => new { g.Key, Count = g.Sum(r => r.Count), Value = g.Sum(r => r.Sum) })
                .ToListAsync(ct);
            rows = sums.Select(r => (r.Key.Period, r.Key.PeriodGrain, r.Key.Unit, r.Key.Counter == "" ? null : r.Key.Counter, r.Key.Kind, r.Count, r.Value)).ToList();
        }
        else
        {
            var sums = await (await FactFilterTranslator.ApplyAsync(db, filter, ct)).Where(f => f.IsSummable && f.Period != null)
                .GroupBy(f => new { f.Period, f.PeriodGrain, f.Unit, f.Counter, f.Kind })
                .Select(g => new { g.Key, Count = g.Count(), Value = g.Sum(f => f.Value) })
                .ToListAsync(ct);
            rows = sums.Select(r => (r.Key.Period!, r.Key.PeriodGrain, r.Key.Unit, r.Key.Counter, r.Key.Kind, r.Count, r.Value)).ToList();
        }
        return rows
            .Select(r =>
            {
                var (start, end) = Import.PeriodRange.Parse(r.Period);
                return new FactPeriodRow(r.Period, r.Grain, start, end, r.Unit, r.Counter, r.Kind, r.Count, r.Value);
            })
            .OrderBy(r => r.Start).ThenBy(r => r.End).ThenBy(r => r.Grain, StringComparer.Ordinal)
            .ThenBy(r => r.Kind.ToWire(), StringComparer.Ordinal).ThenBy(r => r.Unit.ToWire(), StringComparer.Ordinal).ThenBy(r => r.Counter, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MeasureInfo>> MeasuresAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var counts = await db.Facts.Where(f => f.MeasureKey != null).GroupBy(f => f.MeasureKey!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return measures.Measures.Select(m => Info(m, counts.GetValueOrDefault(m.Key))).ToList();
    }

    /// <inheritdoc />
    public async Task<MeasureSeries?> SeriesAsync(string measure, IndicatorFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (measures.Find(measure) is not { } found)
        {
            return null;
        }
        if (filter.Kinds.Count == 0)
        {
            filter = filter with { Kinds = [DefaultSeriesKind] };
        }
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var (sums, nonAdditive) = await MeasureSeriesQuery.ReadAsync(db, measure, filter, ct);
        var added = sums.Select(s => new SeriesPoint(
            s.District, s.Period, s.PeriodGrain, Import.PeriodRange.Parse(s.Period).Start, s.Unit, s.Counter, s.Kind, s.Value,
            s.FactIds.Split(',').Select(id => long.Parse(id, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList()));
        // A rate or a rank is never added: a point takes its latest reported fact.
        var latest = nonAdditive
            .GroupBy(f => (f.District, Period: f.Period, f.PeriodGrain, f.Unit, f.Counter, f.Kind))
            .Select(g => new SeriesPoint(
                g.Key.District, g.Key.Period, g.Key.PeriodGrain, Import.PeriodRange.Parse(g.Key.Period).Start, g.Key.Unit, g.Key.Counter, g.Key.Kind,
                g.All(f => f.IsAmount) ? g.Sum(f => f.Value) : g.OrderByDescending(f => f.PublishedOn).ThenByDescending(f => f.Id).First().Value,
                g.Select(f => f.Id).Order().ToList()));
        var points = added.Concat(latest)
            .OrderBy(p => p.Start).ThenBy(p => p.Grain, StringComparer.Ordinal).ThenBy(p => p.District, StringComparer.Ordinal)
            .ToList();
        var factCount = sums.Sum(s => s.Count) + nonAdditive.Count;
        return new MeasureSeries(Info(found, factCount), points);
    }

    /// <inheritdoc />
    public async Task<FactDetail?> GetFactAsync(long factId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var fact = await db.Facts.Where(f => f.Id == factId).Select(ToView).FirstOrDefaultAsync(ct);
        if (fact is null)
        {
            return null;
        }
        var total = fact.TotalFactId is long t ? await db.Facts.Where(f => f.Id == t).Select(ToView).FirstOrDefaultAsync(ct) : null;
        var parts = await db.Facts.Where(f => f.TotalFactId == factId).OrderByDescending(f => f.Value).ThenBy(f => f.Id).Select(ToView).ToListAsync(ct);
        return new FactDetail(fact, await SourcesAsync(db, [factId], ct), total, parts);
    }

    /// <inheritdoc />
    public async Task<FactBreakdown?> BreakdownAsync(long factId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var total = await db.Facts.Where(f => f.Id == factId).Select(ToView).FirstOrDefaultAsync(ct);
        if (total is null)
        {
            return null;
        }
        var parts = await db.Facts.Where(f => f.TotalFactId == factId).OrderByDescending(f => f.Value).ThenBy(f => f.Id).Select(ToView).ToListAsync(ct);
        var sum = parts.Sum(p => p.Value);
        return new FactBreakdown(total, parts, sum, parts.Count == 0 ? 0 : total.Value - sum);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FactView>> ListFactsAsync(IndicatorFilter filter, bool summableOnly, int limit, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var query = await FactFilterTranslator.ApplyAsync(db, filter, ct);
        if (summableOnly)
        {
            query = query.Where(f => f.IsSummable);
        }
        return await query.OrderByDescending(f => f.Value).ThenBy(f => f.Id).Take(Math.Max(0, limit)).Select(ToView).ToListAsync(ct);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FactSource>> SourcesAsync(IReadOnlyCollection<long> factIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(factIds);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await SourcesAsync(db, factIds, ct);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleFactLink>> ArticleFactsAsync(int articleId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Indicators
            .Where(i => i.ArticleId == articleId && i.FactId != null)
            .OrderBy(i => i.Start).ThenBy(i => i.Id)
            .Select(i => new ArticleFactLink(i.Id, i.FactId!.Value, i.MergeReason, i.InHeadline, i.Fact!.MentionCount, i.Fact.IsSummable, i.PartOfIndicatorId))
            .ToListAsync(ct);
    }

    private static async Task<IReadOnlyList<FactSource>> SourcesAsync(MetricsDbContext db, IReadOnlyCollection<long> factIds, CancellationToken ct)
    {
        if (factIds.Count == 0)
        {
            return [];
        }
        var ids = factIds.Distinct().ToList();
        return await db.Indicators
            .Where(i => i.FactId != null && EF.Parameter(ids).Contains(i.FactId.Value))
            .OrderBy(i => i.FactId).ThenByNullable(i => i.PublishedOn, descending: false, db.IsPostgreSql()).ThenBy(i => i.DocumentId).ThenBy(i => i.Start)
            .Select(i => new FactSource(
                i.Id, i.FactId!.Value, i.DocumentId, i.Document!.FileName, i.ArticleId, i.Article!.Title, i.PublishedOn, i.Surface, i.Start, i.End,
                i.Sentence, i.SentenceStart, i.District, i.Period, i.Label, i.InHeadline, i.MergeReason, i.Fact!.RepresentativeIndicatorId == i.Id))
            .ToListAsync(ct);
    }

    private static MeasureInfo Info(Measure m, int count) => new(m.Key, m.Name, m.Aliases, m.Unit, count);
}
