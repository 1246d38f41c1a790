namespace MetricsDashboard.Data.Review;

/// <summary>Why the queue puts a figure early: each reason adds one to its doubt.</summary>
public static class DoubtReasons
{
    /// <summary>The extractor's confidence is below <see cref="ConfidenceThreshold"/>.</summary>
    public const string LowConfidence = "low_confidence";

    /// <summary>The metric is <c>other</c>: the extractor found no category.</summary>
    public const string MetricOther = "metric_other";

    /// <summary>No area: the figure counts in no area's totals.</summary>
    public const string NoArea = "no_area";

    /// <summary>Not a plain amount (size class, threshold, cap, enumeration): a borderline figure.</summary>
    public const string BorderlineForm = "borderline_form";

    /// <summary>The mention reads otherwise (value, area or period) than the fact it was merged into.</summary>
    public const string FactDisagrees = "fact_disagrees";

    public const double ConfidenceThreshold = 0.6;

    public static IReadOnlyList<string> All { get; } = [LowConfidence, MetricOther, NoArea, BorderlineForm, FactDisagrees];

    public static bool IsKnown(string? reason) => reason is not null && All.Contains(reason, StringComparer.Ordinal);
}
