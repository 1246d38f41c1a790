namespace MetricsDashboard.Extraction.Model;

/// <summary>What a number says about its metric.</summary>
public enum IndicatorKind
{
    /// <summary>A reported, achieved figure.</summary>
    [WireName("actual")]
    Actual,
    /// <summary>A plan or goal: 计划, 预计, 力争, 目标, 将.</summary>
    [WireName("target")]
    Target,
    /// <summary>A change against a baseline: 增长, 下降, 同比.</summary>
    [WireName("change")]
    Change,
    /// <summary>A position in a ranking: 第N, 位列第N.</summary>
    [WireName("rank")]
    Rank,
}
