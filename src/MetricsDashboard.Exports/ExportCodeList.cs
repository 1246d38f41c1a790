namespace MetricsDashboard.Exports;

/// <summary>The code lists whose stored keys a spreadsheet shows by name (金融, not <c>finance</c>).</summary>
public enum ExportCodeList
{
    /// <summary>Values are shown as they are.</summary>
    None,

    /// <summary>Sector keys (<c>finance</c> → 金融).</summary>
    Sector,

    /// <summary>Metric category keys (<c>investment</c> → 投资).</summary>
    Metric,

    /// <summary>actual, target, change, rank.</summary>
    Kind,

    /// <summary>exact, approx, more_than, at_most, range.</summary>
    Qualifier,

    /// <summary>Canonical unit codes (<c>CNY</c> → 元).</summary>
    Unit,
}
