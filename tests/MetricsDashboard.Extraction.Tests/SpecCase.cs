namespace MetricsDashboard.Extraction.Tests;

/// <summary>One case of a JSON spec file: input text, optional page date, and the records it must yield.</summary>
public sealed record SpecCase(string File, string Name, string Input, string? Normalised, IReadOnlyList<SpecRecord> Expected, DateOnly? PublishedOn = null)
{
    public override string ToString() => $"{File}: {Name}";
}
