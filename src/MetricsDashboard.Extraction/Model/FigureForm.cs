namespace MetricsDashboard.Extraction.Model;

/// <summary>
/// What kind of figure a number is in its sentence. Only an <see cref="Amount"/> measures a
/// quantity that can be added up; the other forms describe a class, a bound or a list
/// (INDICATORS.md, "Mentions, facts and parts").
/// </summary>
public enum FigureForm
{
    /// <summary>A quantity that happened or exists: 完成投资5200亿元, 3000万元消费券.</summary>
    [WireName("amount")]
    Amount,
    /// <summary>A size class naming how big something is meant to be: 千亿级产业, 百亿级项目.</summary>
    [WireName("size_class")]
    SizeClass,
    /// <summary>A threshold that picks members of a class: 亿元以上项目, 规模以上.</summary>
    [WireName("threshold")]
    Threshold,
    /// <summary>An upper bound on what one may get or spend: 最高可省1500元, 不超过30万元.</summary>
    [WireName("cap")]
    Cap,
    /// <summary>A count of listed items or headings: 三大产业, 五大类, 9大品类.</summary>
    [WireName("enumeration")]
    Enumeration,
}
