using System.Globalization;

namespace MetricsDashboard.Extraction.Scoring;

/// <summary>The scores of INDICATORS.md for a set of documents.</summary>
/// <param name="CoreGold">Core gold records.</param>
/// <param name="CoreMatched">Core gold records matched by a prediction.</param>
/// <param name="Predictions">Predictions made.</param>
/// <param name="PredictionsMatched">Predictions matched to a gold record (core or not).</param>
/// <param name="Pairs">The matched pairs, for the attribute accuracies and for inspection.</param>
/// <param name="Unmatched">Predictions that matched no gold record (false positives).</param>
/// <param name="Missed">Core gold records no prediction matched (false negatives).</param>
public sealed record ScoreReport(
    int CoreGold,
    int CoreMatched,
    int Predictions,
    int PredictionsMatched,
    IReadOnlyList<MatchedPair> Pairs,
    IReadOnlyList<ScoredPrediction> Unmatched,
    IReadOnlyList<Output.GoldRecord> Missed)
{
    /// <summary>Core gold records matched over core gold records.</summary>
    public double Recall => CoreGold == 0 ? 1 : (double)CoreMatched / CoreGold;
    /// <summary>Predictions matched to any gold record over predictions.</summary>
    public double Precision => Predictions == 0 ? 1 : (double)PredictionsMatched / Predictions;
    /// <summary>Share of matched pairs with the gold metric category.</summary>
    public double MetricAccuracy => Accuracy(p => p.Prediction.Metric == p.Gold.Metric);
    /// <summary>Share of matched pairs with the gold district (null included).</summary>
    public double DistrictAccuracy => Accuracy(p => p.Prediction.District == p.Gold.District);
    /// <summary>Share of matched pairs with the gold sector.</summary>
    public double SectorAccuracy => Accuracy(p => p.Prediction.Sector == p.Gold.Sector);
    /// <summary>Share of matched pairs with the gold period (null included).</summary>
    public double PeriodAccuracy => Accuracy(p => p.Prediction.Period == p.Gold.Period);

    private double Accuracy(Func<MatchedPair, bool> same) => Pairs.Count == 0 ? 1 : (double)Pairs.Count(same) / Pairs.Count;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"recall {Recall:F3} ({CoreMatched}/{CoreGold}), precision {Precision:F3} ({PredictionsMatched}/{Predictions}), metric {MetricAccuracy:F3}, district {DistrictAccuracy:F3}, sector {SectorAccuracy:F3}, period {PeriodAccuracy:F3} over {Pairs.Count} pairs");
}
