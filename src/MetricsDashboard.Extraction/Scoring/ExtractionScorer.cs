using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Output;

namespace MetricsDashboard.Extraction.Scoring;

/// <summary>
/// Scores predictions against gold as INDICATORS.md says: within a document, a prediction matches
/// a gold record of the same unit whose value agrees within 0.5 %; matching is one-to-one and
/// greedy, gold records in order, each taking the best free prediction (same surface first, then
/// nearest in text order). Recall is over core gold, precision over all predictions.
/// </summary>
public static class ExtractionScorer
{
    /// <summary>Relative tolerance on values.</summary>
    public const double Tolerance = 0.005;

    /// <summary>Converts extraction results to scorer predictions.</summary>
    public static IEnumerable<ScoredPrediction> Predictions(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Indicators.Select(i => new ScoredPrediction(result.DocumentName, i.Surface, i.Start, i.Value, i.Unit.ToWire(), i.Metric, i.District, i.Sector, i.Period));
    }

    /// <summary>Scores <paramref name="predictions"/> against <paramref name="gold"/>; documents without gold are ignored.</summary>
    public static ScoreReport Score(IEnumerable<ScoredPrediction> predictions, IEnumerable<GoldRecord> gold)
    {
        var goldByDoc = gold.GroupBy(g => g.Doc, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var predictionsByDoc = predictions.Where(p => goldByDoc.ContainsKey(p.Doc))
            .GroupBy(p => p.Doc, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Start).ToList(), StringComparer.Ordinal);

        var pairs = new List<MatchedPair>();
        var unmatched = new List<ScoredPrediction>();
        var missed = new List<GoldRecord>();
        int coreGold = 0, coreMatched = 0, predictionCount = 0;
        foreach (var (doc, goldRecords) in goldByDoc)
        {
            var docPredictions = predictionsByDoc.GetValueOrDefault(doc) ?? [];
            predictionCount += docPredictions.Count;
            var taken = new bool[docPredictions.Count];
            int expectedIndex = 0;
            // Core records first, so a borderline record never takes the prediction a core one needs.
            foreach (var record in goldRecords.OrderBy(g => g.Core ? 0 : 1))
            {
                if (record.Core) { coreGold++; }
                int best = -1;
                int bestCost = int.MaxValue;
                for (int i = 0; i < docPredictions.Count; i++)
                {
                    if (taken[i] || !Matches(docPredictions[i], record)) { continue; }
                    int cost = (docPredictions[i].Surface == record.Surface ? 0 : 1_000_000) + Math.Abs(i - expectedIndex);
                    if (cost < bestCost) { bestCost = cost; best = i; }
                }
                if (best < 0)
                {
                    if (record.Core) { missed.Add(record); }
                    continue;
                }
                taken[best] = true;
                expectedIndex = best + 1;
                if (record.Core) { coreMatched++; }
                pairs.Add(new MatchedPair(docPredictions[best], record));
            }
            for (int i = 0; i < docPredictions.Count; i++)
            {
                if (!taken[i]) { unmatched.Add(docPredictions[i]); }
            }
        }
        return new ScoreReport(coreGold, coreMatched, predictionCount, pairs.Count, pairs, unmatched, missed);
    }

    /// <summary>Same unit, and values within <see cref="Tolerance"/> of each other.</summary>
    public static bool Matches(ScoredPrediction prediction, GoldRecord gold)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(gold);
        if (!string.Equals(prediction.Unit, gold.Unit, StringComparison.Ordinal)) { return false; }
        double scale = Math.Max(Math.Abs(gold.Value), Math.Abs(prediction.Value));
        return scale == 0 || Math.Abs(prediction.Value - gold.Value) <= Tolerance * scale;
    }
}
