namespace MetricsDashboard.Web.Model.Filters;

/// <summary>
/// The filters shared by every page, chart and download. The URL query string is their single
/// source of truth (<see cref="FilterQuery"/>), so a copied link reopens the same view.
/// </summary>
public sealed record FilterState
{
    public static readonly FilterState Empty = new();

    public IReadOnlyList<string> Districts { get; init; } = [];
    public IReadOnlyList<string> Sectors { get; init; } = [];
    public IReadOnlyList<string> Metrics { get; init; } = [];
    public IReadOnlyList<string> Units { get; init; } = [];
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>First publication date included.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last publication date included.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Free text over labels and sentences.</summary>
    public string? Text { get; init; }

    public bool IsEmpty =>
        Districts.Count == 0 && Sectors.Count == 0 && Metrics.Count == 0 && Units.Count == 0 && Kinds.Count == 0
        && From is null && To is null && string.IsNullOrWhiteSpace(Text);

    // Records compare lists by reference; filters are equal when their contents are.
    public bool Equals(FilterState? other) =>
        other is not null
        && Districts.SequenceEqual(other.Districts) && Sectors.SequenceEqual(other.Sectors)
        && Metrics.SequenceEqual(other.Metrics) && Units.SequenceEqual(other.Units) && Kinds.SequenceEqual(other.Kinds)
        && From == other.From && To == other.To && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Districts.Count, Sectors.Count, Metrics.Count, From, To, Text);
}
