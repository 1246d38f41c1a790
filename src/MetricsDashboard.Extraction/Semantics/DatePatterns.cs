using System.Text.RegularExpressions;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>The date and period patterns, compiled at build time.</summary>
internal static partial class DatePatterns
{
    private const int TimeoutMs = 200;

    /// <summary>A full date: 2024年12月31日 → y=2024, m=12, d=31.</summary>
    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})日", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex FullDate();

    /// <summary>A date without year: 12月26日 → m=12, d=26 (not the tail of 2024年12月31日).</summary>
    [GeneratedRegex(@"(?<![\d年])(?<m>\d{1,2})月(?<d>\d{1,2})日", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex BareDate();

    /// <summary>A year that names the present of the page: 2023年, 2023天府金融指数; not 到2025年 (a deadline).</summary>
    [GeneratedRegex(@"(?<![\d到至])(?<y>(?:19|20)\d{2})(?=年|\p{IsCJKUnifiedIdeographs})", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex YearMention();
}
