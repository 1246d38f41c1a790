using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Queries;

/// <summary>
/// What the dashboard shows, the one filter model of pages, charts, downloads and the command line:
/// every list empty and every value null means no filter. <see cref="FilterKeys"/> reads and writes
/// it as (key, value) pairs, the form URLs and command-line options take.
/// </summary>
public sealed record IndicatorFilter
{
    public static readonly IndicatorFilter Empty = new();

    /// <summary>Canonical area names; a city (成都市) includes its districts, a province its cities.</summary>
    public IReadOnlyList<string> Districts { get; init; } = [];

    /// <summary>Sector keys.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Metric category keys.</summary>
    public IReadOnlyList<string> Metrics { get; init; } = [];

    public IReadOnlyList<CanonicalUnit> Units { get; init; } = [];

    public IReadOnlyList<IndicatorKind> Kinds { get; init; } = [];

    /// <summary>First publication date (the document's date), inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last publication date, inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Substring of the label or the sentence.</summary>
    public string? Text { get; init; }

    public int? DocumentId { get; init; }

    public int? ArticleId { get; init; }

    /// <summary>Whether the filter selects everything.</summary>
    public bool IsEmpty =>
        Districts.Count == 0 && Sectors.Count == 0 && Metrics.Count == 0 && Units.Count == 0 && Kinds.Count == 0
        && From is null && To is null && string.IsNullOrWhiteSpace(Text) && DocumentId is null && ArticleId is null;

    // Records compare lists by reference; filters are equal when their contents are.
    public bool Equals(IndicatorFilter? other) =>
        other is not null
        && Districts.SequenceEqual(other.Districts) && Sectors.SequenceEqual(other.Sectors)
        && Metrics.SequenceEqual(other.Metrics) && Units.SequenceEqual(other.Units) && Kinds.SequenceEqual(other.Kinds)
        && From == other.From && To == other.To && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && DocumentId == other.DocumentId && ArticleId == other.ArticleId;

    public override int GetHashCode() => HashCode.Combine(Districts.Count, Sectors.Count, Metrics.Count, From, To, Text, DocumentId, ArticleId);
}
