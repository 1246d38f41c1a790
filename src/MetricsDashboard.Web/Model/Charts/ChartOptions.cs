namespace MetricsDashboard.Web.Model.Charts;

/// <summary>
/// What our chart component needs to know to draw: the type, the unit shown after values in
/// tooltips and axis labels, the display culture (万/亿 in Chinese, K/M/B in English) and theme.
/// Everything else is decided once, in <see cref="ApexOptionsBuilder"/>.
/// </summary>
public sealed record ChartOptions
{
    public required ChartKind Kind { get; init; }

    /// <summary>Shown after formatted values, e.g. <c>元</c> so that 1.3e11 reads 1298.6亿元.</summary>
    public string? ValueSuffix { get; init; }

    /// <summary>Culture name for number formatting and the chart's own texts (zh-CN or en).</summary>
    public string Locale { get; init; } = "zh-CN";

    /// <summary>Pixel height; the width follows the container.</summary>
    public int Height { get; init; } = 320;

    public bool Dark { get; init; }

    public bool Stacked { get; init; }

    /// <summary>The file name (without extension) the toolbar's PNG/SVG/CSV download uses.</summary>
    public string ExportFileName { get; init; } = "chart";
}
