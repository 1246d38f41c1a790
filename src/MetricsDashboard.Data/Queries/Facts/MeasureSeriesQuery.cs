using MetricsDashboard.Data.Infrastructure;

namespace MetricsDashboard.Data.Queries.Facts;

/// <summary>
/// The facts a measure's series may show under a filter, as the few columns the series reads. The
/// conditions every series has (the measure, a period, no part of a total) are those of the partial
/// index IX_Facts_Measure_Cover, so the database answers from index entries only.
/// </summary>
internal static class MeasureSeriesQuery
{
    public static async Task<IQueryable<SeriesFact>> FactsAsync(MetricsDbContext db, string measure, IndicatorFilter filter, CancellationToken ct) =>
        // Parts never stand beside their total.
        (await FactFilterTranslator.ApplyAsync(db, filter, ct))
            .Where(f => f.MeasureKey == measure && f.Period != null && f.TotalFactId == null)
            .Select(f => new SeriesFact(f.Id, f.District, f.Period!, f.PeriodGrain, f.Unit, f.Counter, f.Kind, f.Value, f.IsAmount, f.PublishedOn));
}
