namespace MetricsDashboard.Data.Facts;

/// <summary>
/// Where a mention stands in the choice of a fact's representative (<see cref="FactReading.Representative"/>):
/// body before headline, dated before undated, earliest date, then lowest document and offset.
/// </summary>
internal readonly record struct RepresentativeKey(bool InHeadline, DateOnly? PublishedOn, int DocumentId, int Start)
{
    public static RepresentativeKey Of(MentionRow m) => new(m.InHeadline, m.PublishedOn, m.DocumentId, m.Start);

    /// <summary>The order of <see cref="FactReading.Representative"/>: the smallest key represents.</summary>
    public static readonly IComparer<RepresentativeKey> Comparer = Comparer<RepresentativeKey>.Create((a, b) =>
    {
        var c = a.InHeadline.CompareTo(b.InHeadline);
        if (c == 0) { c = (a.PublishedOn is null).CompareTo(b.PublishedOn is null); }
        if (c == 0) { c = Nullable.Compare(a.PublishedOn, b.PublishedOn); }
        if (c == 0) { c = a.DocumentId.CompareTo(b.DocumentId); }
        if (c == 0) { c = a.Start.CompareTo(b.Start); }
        return c;
    });
}
