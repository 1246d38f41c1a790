namespace MetricsDashboard.Extraction.Model;

/// <summary>
/// How a reported number bounds the real quantity. A qualified number is an interval, never a
/// point: the qualifier is kept beside the value and never folded into it.
/// </summary>
public enum Qualifier
{
    /// <summary>No marker: the value as stated.</summary>
    [WireName("exact")]
    Exact,
    /// <summary>约, 近, 左右, 上下, 几.</summary>
    [WireName("approx")]
    Approx,
    /// <summary>余, 多, 超, 超过, 逾, 以上, 不少于, 至少: [value, ∞).</summary>
    [WireName("more_than")]
    MoreThan,
    /// <summary>最高, 不超过, 以内, 以下, 至多: (−∞, value].</summary>
    [WireName("at_most")]
    AtMost,
    /// <summary>A span such as 3—5年: [value, value_max].</summary>
    [WireName("range")]
    Range,
}
