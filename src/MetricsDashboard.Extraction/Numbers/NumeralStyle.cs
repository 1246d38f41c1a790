namespace MetricsDashboard.Extraction.Numbers;

/// <summary>How a number is written.</summary>
internal enum NumeralStyle
{
    /// <summary>Arabic digits: 1,298.6 or 4.38.</summary>
    Arabic,
    /// <summary>Chinese numerals: 三千, 一百零五, 千亿.</summary>
    Chinese,
}
