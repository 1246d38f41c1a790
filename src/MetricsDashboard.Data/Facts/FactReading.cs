using MetricsDashboard.Data.Model;
using MetricsDashboard.Data.Reference;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Facts;

/// <summary>
/// What a fact says, computed from its mentions: the reading of its representative (the first
/// body mention of the earliest article, a headline only when nothing else remains), how many
/// sources it has, whether it is an amount and which total it is a part of.
/// </summary>
public static class FactReading
{
    /// <summary>The representative of a fact's mentions.</summary>
    public static MentionRow Representative(IReadOnlyList<MentionRow> mentions) => mentions
        .OrderBy(m => m.InHeadline)
        .ThenBy(m => m.PublishedOn is null)
        .ThenBy(m => m.PublishedOn)
        .ThenBy(m => m.DocumentId)
        .ThenBy(m => m.Start)
        .First();

    /// <summary>Fills <paramref name="fact"/> from its mentions.</summary>
    /// <param name="fact">The fact, its id set.</param>
    /// <param name="mentions">All its mentions, at least one.</param>
    /// <param name="measures">The catalogue its label is mapped with.</param>
    /// <param name="totalFactOf">The fact of a mention's total (by the total's mention id), when known.</param>
    public static void Apply(Fact fact, IReadOnlyList<MentionRow> mentions, Func<long, long?> totalFactOf, MeasureCatalog measures)
    {
        var r = Representative(mentions);
        fact.Metric = r.Metric;
        fact.Unit = r.Unit;
        fact.Counter = r.Counter;
        fact.Kind = r.Kind;
        fact.District = r.District;
        fact.Sector = r.Sector;
        fact.Period = r.Period;
        fact.PeriodStart = r.PeriodStart;
        fact.PeriodEnd = r.PeriodEnd;
        fact.PeriodGrain = PeriodGrain.Of(r.Period);
        fact.Value = r.Value;
        fact.ValueMax = r.ValueMax;
        fact.Qualifier = r.Qualifier;
        fact.Label = r.Label;
        fact.RepresentativeIndicatorId = r.Id;
        fact.MentionCount = mentions.Count;
        fact.PublishedOn = mentions.Where(m => m.PublishedOn is not null).Select(m => m.PublishedOn).Min();
        fact.MeasureKey = (measures.Match(r.Label, r.Metric, r.Unit)
            ?? mentions.Select(m => measures.Match(m.Label, r.Metric, r.Unit)).FirstOrDefault(m => m is not null))?.Key;
        fact.IsAmount = r.Form == FigureForm.Amount && AdditiveUnits.Contains(r.Unit);
        fact.TotalFactId = mentions
            .Where(m => m.PartOfIndicatorId is not null)
            .Select(m => totalFactOf(m.PartOfIndicatorId!.Value))
            .Where(t => t is not null && t != fact.Id)
            .Min();
        fact.IsSummable = fact.IsAmount && fact.TotalFactId is null;
    }
}
